// The audit log: who changed whose data, when, from what to what. Written in
// the same transaction as the change, so a change never lands unrecorded.
import type { Prisma } from "~/generated/prisma/client";

type AuditClient = Pick<Prisma.TransactionClient, "auditLog">;

export type AuditEntry = {
  /** Who acted (null for the system itself, e.g. an expiry job). */
  actorId: string | null;
  /** Whose data changed, when it belongs to a person. */
  subjectUserId?: string | null;
  /** Dotted verb: "producer.approve", "product.publish", "training.attendance.import". */
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  /** The library the change was made for: lets a province admin read it (/admin/audit). */
  libraryId?: string | null;
  /** For a change made for no library (a partner's): the province whose admins read it. */
  provinceCode?: string | null;
};

const auditRow = (entry: AuditEntry) => ({
  actorId: entry.actorId,
  subjectUserId: entry.subjectUserId ?? null,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: entry.before ?? undefined,
  after: entry.after ?? undefined,
  libraryId: entry.libraryId ?? null,
  provinceCode: entry.provinceCode ?? null,
});

export async function recordAudit(tx: AuditClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(entry) });
}

/** Many entries in one statement (an import touching many people). */
export async function recordAudits(tx: AuditClient, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await tx.auditLog.createMany({ data: entries.map(auditRow) });
}
