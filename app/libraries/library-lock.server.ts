// Serialises the changes to one library's curated lists and imports: a
// transaction-scoped PostgreSQL advisory lock, released at commit or rollback.
// Two librarians pressing "move up" at the same moment, or a CSV sent twice,
// then run one after the other instead of interleaving their reads and writes.
import type { Prisma } from "~/generated/prisma/client";

export async function lockLibrary(tx: Prisma.TransactionClient, purpose: string, libraryId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${purpose}:${libraryId}`}))`;
}
