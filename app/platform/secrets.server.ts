// Comparing secrets (order and checkout links' keys, tokens) without telling
// an attacker, through the time the comparison takes, how much of a guess was
// right. `===` stops at the first differing character.
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * Whether `given` is the secret `expected`, in time that does not depend on
 * where they differ. Both are hashed first, so timingSafeEqual always compares
 * two 32-byte buffers and not even the secret's length leaks. A missing or
 * empty value never matches.
 */
export function sameSecret(given: string | null | undefined, expected: string | null | undefined): boolean {
  if (!given || !expected) return false;
  return timingSafeEqual(digest(given), digest(expected));
}
