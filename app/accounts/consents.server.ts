// The consent ledger (UU PDP 27/2022): what a person agreed to, when, how and
// who recorded it, and when they withdrew it. Pages and figures ask here on
// every request, so a withdrawal takes effect from the next one. A consent is
// given and withdrawn under a lock on the person's row, so two clicks never
// open two rows; rows are closed, never deleted; every change is audited in
// its own transaction.
import { type ConsentChannel, type ConsentKind, Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { recordAudit } from "./audit.server";

type Tx = Prisma.TransactionClient;

/** The wording each kind of consent refers to, by version: change the version when the wording changes. */
export const CONSENT_STATEMENTS: Record<ConsentKind, string> = {
  PUBLIC_PROFILE: "public-profile/2026-12",
  WHATSAPP_NUMBER: "whatsapp-number/2026-12",
  IMPACT_REPORTS: "impact-reports/2026-12",
  IMPACT_STORY: "impact-story/2026-12",
};

export type ConsentChange = {
  userId: string;
  kind: ConsentKind;
  via: ConsentChannel;
  /** Who acts: the person themselves, or the librarian recording it for them. */
  actorId: string;
  at?: Date;
};

async function lockPerson(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
}

const openRow = (tx: Tx, userId: string, kind: ConsentKind) =>
  tx.consent.findFirst({ where: { userId, kind, withdrawnAt: null }, select: { id: true, givenAt: true } });

/** Records a consent; giving one already in force changes nothing. Inside the caller's transaction when given. */
export async function giveConsent(change: ConsentChange, tx?: Tx): Promise<{ id: string; created: boolean }> {
  if (!tx) return prisma.$transaction((inner) => giveConsent(change, inner));
  await lockPerson(tx, change.userId);
  const open = await openRow(tx, change.userId, change.kind);
  if (open) return { id: open.id, created: false };
  const consent = await tx.consent.create({
    data: {
      userId: change.userId,
      kind: change.kind,
      statement: CONSENT_STATEMENTS[change.kind],
      givenAt: change.at ?? new Date(),
      givenVia: change.via,
      recordedById: change.actorId === change.userId ? null : change.actorId,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: change.actorId,
    subjectUserId: change.userId,
    action: "consent.give",
    entityType: "Consent",
    entityId: consent.id,
    after: { kind: change.kind, via: change.via },
  });
  return { id: consent.id, created: true };
}

/** Withdraws a consent in force; withdrawing one not in force changes nothing. */
export async function withdrawConsent(change: ConsentChange, tx?: Tx): Promise<{ withdrawn: boolean }> {
  if (!tx) return prisma.$transaction((inner) => withdrawConsent(change, inner));
  await lockPerson(tx, change.userId);
  const open = await openRow(tx, change.userId, change.kind);
  if (!open) return { withdrawn: false };
  const at = change.at ?? new Date();
  await tx.consent.update({
    where: { id: open.id },
    data: {
      withdrawnAt: at < open.givenAt ? open.givenAt : at,
      withdrawnVia: change.via,
      withdrawnById: change.actorId,
    },
  });
  await recordAudit(tx, {
    actorId: change.actorId,
    subjectUserId: change.userId,
    action: "consent.withdraw",
    entityType: "Consent",
    entityId: open.id,
    before: { kind: change.kind },
  });
  return { withdrawn: true };
}

/** Whether the person's consent of this kind is in force now. */
export async function hasConsent(userId: string, kind: ConsentKind): Promise<boolean> {
  const open = await prisma.consent.findFirst({ where: { userId, kind, withdrawnAt: null }, select: { id: true } });
  return open !== null;
}

/** For queries over people: "whose consent of this kind is in force" (e.g. `user: consentInForce("PUBLIC_PROFILE")`). */
export function consentInForce(kind: ConsentKind): Prisma.UserWhereInput {
  return { consents: { some: { kind, withdrawnAt: null } } };
}

/**
 * The same rule in a raw statement: `userId` is the column holding the person's id (e.g. `pp."userId"`).
 * The kind is written in (an enum value, never input), so the planner knows which consents it reads.
 */
export function consentInForceSql(userId: Prisma.Sql, kind: ConsentKind): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Consent" k
                             WHERE k."userId" = ${userId} AND k."kind" = ${Prisma.raw(`'${kind}'`)} AND k."withdrawnAt" IS NULL)`;
}

/** The person's consents, every kind: in force or not, since when, and the whole history, newest first. */
export async function consentsOf(userId: string) {
  const history = await prisma.consent.findMany({
    where: { userId },
    orderBy: [{ givenAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      statement: true,
      givenAt: true,
      givenVia: true,
      withdrawnAt: true,
      withdrawnVia: true,
      recordedBy: { select: { name: true } },
    },
  });
  const inForce = new Map(history.filter((row) => row.withdrawnAt === null).map((row) => [row.kind, row.givenAt]));
  return { inForce, history };
}
