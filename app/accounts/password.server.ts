// Password hashing with Argon2id (memory-hard), through @node-rs/argon2's
// prebuilt binaries: no compiler, no install script.
import { hash, verify } from "@node-rs/argon2";

// OWASP's recommended floor for Argon2id: 19 MiB memory, 2 passes, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed log-in, never a server error.
    return false;
  }
}
