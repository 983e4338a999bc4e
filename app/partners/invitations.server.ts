// Joining a partner by invitation: an admin of the partner's province (or a
// member of the partner) makes a one-time link that expires; the invited
// person opens it while logged in and accepts. This replaces admins typing an
// e-mail address that anyone could have registered: the link goes to the
// person the inviter chose, and only the SHA-256 of its token is stored, so a
// leaked database row opens nothing. Accepting locks the invitation row, so
// the same link never makes two members.
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "~/accounts/audit.server";
import { type Actor, adminScopeOf } from "~/accounts/scope.server";
import { provinceOf } from "~/platform/area-codes";
import { prisma } from "~/platform/db.server";
import { NotAllowedError } from "~/platform/http-errors";
import { areaInScope } from "./partner-admin.server";

export const INVITATION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Admins of the partner's area and the partner's own members may invite. */
export function mayInvite(actor: Actor, partner: { id: string; areaCode: string | null }): boolean {
  const scope = adminScopeOf(actor);
  if (scope && areaInScope(scope, partner.areaCode)) return true;
  return actor.memberships.some((m) => m.role === "PARTNER_MEMBER" && m.partnerId === partner.id);
}

/** Makes an invitation; returns the token, which is shown once and never stored. */
export async function createInvitation(actor: Actor, partnerId: string, note: string, now = new Date()) {
  const partner = await prisma.partner.findUnique({ where: { id: partnerId }, select: { id: true, areaCode: true } });
  if (!partner || !mayInvite(actor, partner))
    throw new NotAllowedError(`User ${actor.id} may not invite to ${partnerId}`);
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * DAY_MS);
  const invitation = await prisma.$transaction(async (tx) => {
    const row = await tx.partnerInvitation.create({
      data: {
        partnerId,
        tokenHash: hashToken(token),
        note: note.trim().slice(0, 200),
        createdById: actor.id,
        expiresAt,
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "partner.invitation.create",
      entityType: "PartnerInvitation",
      entityId: row.id,
      after: { partnerId, expiresAt: expiresAt.toISOString() },
      provinceCode: partner.areaCode ? provinceOf(partner.areaCode) : null,
    });
    return row;
  });
  return { token, ...invitation };
}

export type InvitationState = "open" | "expired" | "accepted" | "revoked";

function stateOf(
  row: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
  now: Date,
): InvitationState {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "open";
}

/** What the invitation page shows: the partner, and whether the link can still be used. */
export async function invitationByToken(token: string, now = new Date()) {
  const row = await prisma.partnerInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, acceptedAt: true, revokedAt: true, partner: { select: { name: true, slug: true } } },
  });
  return row ? { partner: row.partner, expiresAt: row.expiresAt, state: stateOf(row, now) } : null;
}

export type AcceptResult =
  | { ok: true; partnerSlug: string; alreadyMember: boolean }
  | { ok: false; reason: "unknown" | Exclude<InvitationState, "open"> };

/** The logged-in person accepts: they become a member; the link is spent. */
export async function acceptInvitation(userId: string, token: string, now = new Date()): Promise<AcceptResult> {
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "PartnerInvitation" WHERE "tokenHash" = ${hashToken(token)} FOR UPDATE`;
    if (!locked) return { ok: false, reason: "unknown" };
    const invitation = await tx.partnerInvitation.findUniqueOrThrow({
      where: { id: locked.id },
      select: {
        id: true,
        partnerId: true,
        createdById: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        partner: { select: { slug: true, areaCode: true } },
      },
    });
    const state = stateOf(invitation, now);
    if (state !== "open") return { ok: false, reason: state };
    await tx.partnerInvitation.update({
      where: { id: invitation.id },
      data: { acceptedAt: now, acceptedById: userId },
    });
    const existing = await tx.roleMembership.findFirst({
      where: { userId, role: "PARTNER_MEMBER", partnerId: invitation.partnerId },
      select: { id: true },
    });
    if (existing) return { ok: true, partnerSlug: invitation.partner.slug, alreadyMember: true };
    const membership = await tx.roleMembership.create({
      data: { userId, role: "PARTNER_MEMBER", partnerId: invitation.partnerId, grantedById: invitation.createdById },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: userId,
      subjectUserId: userId,
      action: "partner.member.join",
      entityType: "RoleMembership",
      entityId: membership.id,
      after: { role: "PARTNER_MEMBER", partnerId: invitation.partnerId, invitationId: invitation.id },
      provinceCode: invitation.partner.areaCode ? provinceOf(invitation.partner.areaCode) : null,
    });
    return { ok: true, partnerSlug: invitation.partner.slug, alreadyMember: false };
  });
}

/** The partner's invitations not yet used, newest first (for the pages that make them). */
export async function openInvitations(partnerId: string, now = new Date()) {
  return prisma.partnerInvitation.findMany({
    where: { partnerId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, note: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
}

/** Withdraws an unused invitation; its link then opens nothing. */
export async function revokeInvitation(actor: Actor, partnerId: string, invitationId: string) {
  const partner = await prisma.partner.findUnique({ where: { id: partnerId }, select: { id: true, areaCode: true } });
  if (!partner || !mayInvite(actor, partner))
    throw new NotAllowedError(`User ${actor.id} may not revoke for ${partnerId}`);
  const { count } = await prisma.partnerInvitation.updateMany({
    where: { id: invitationId, partnerId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return { revoked: count > 0 };
}
