// Programme admins manage the partners (banks, cooperatives, BUMDes, CSR):
// create them, change their details and working area, and say who may act for
// them. A national admin manages every partner; a province admin only the
// partners whose area lies in their province, and may only give areas inside
// it. The area matters: it decides which producers a partner may pay out to
// (app/orders/payouts.server.ts). Every change is audited in the same
// transaction. Error messages are i18n keys.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { type Actor, adminScopeOf, type AdminScope } from "~/accounts/scope.server";
import { uniqueSlug } from "~/platform/slug";
import type { Prisma } from "~/generated/prisma/client";
import { PartnerKind } from "~/generated/prisma/enums";
import { provinceOf } from "~/platform/area-codes";
import { prisma } from "~/platform/db.server";

// ---------------------------------------------------------------- scope

/** Partner changes are made for no library: the partner's province decides whose admins read them. */
const partnerProvince = (areaCode: string | null) => (areaCode ? provinceOf(areaCode) : null);

const inProvince = (areaCode: string, provinceCode: string) =>
  areaCode === provinceCode || areaCode.startsWith(`${provinceCode}.`);

/** Whether an area (null: none yet) lies within what the admin manages. */
export function areaInScope(scope: AdminScope, areaCode: string | null): boolean {
  if (scope.national) return true;
  return areaCode !== null && scope.provinceCodes.some((province) => inProvince(areaCode, province));
}

function partnersInScope(scope: AdminScope): Prisma.PartnerWhereInput {
  if (scope.national) return {};
  return {
    OR: scope.provinceCodes.flatMap((province) => [
      { areaCode: province },
      { areaCode: { startsWith: `${province}.` } },
    ]),
  };
}

function requireScope(actor: Actor): AdminScope {
  const scope = adminScopeOf(actor);
  if (!scope) throw new PartnerAdminError("partner", "partnersAdmin.errors.notAdmin");
  return scope;
}

// ---------------------------------------------------------------- input

export const PARTNER_KINDS = Object.values(PartnerKind);

// Kemendagri codes: province "12", regency "12.07", district "12.07.05", village "12.07.05.2001".
const AREA_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export const PartnerDetailsSchema = z.object({
  name: z.string().trim().min(3, "partnersAdmin.errors.name").max(120, "partnersAdmin.errors.name"),
  kind: z.enum(PartnerKind, "partnersAdmin.errors.kind"),
  description: z.string().trim().max(2000, "partnersAdmin.errors.description").default(""),
  // Empty: no working area yet (the partner pays nobody until it has one).
  areaCode: z
    .string()
    .trim()
    .default("")
    .pipe(z.union([z.literal(""), z.string().regex(AREA_CODE, "partnersAdmin.errors.areaUnknown")]))
    .transform((code) => code || null),
});
export type PartnerDetails = z.infer<typeof PartnerDetailsSchema>;
export type PartnerDetailsInput = z.input<typeof PartnerDetailsSchema>;

export type PartnerAdminField = "name" | "kind" | "description" | "areaCode" | "partner";

/** A refusal the admin can act on: which field, and the i18n key of the sentence to show. */
export class PartnerAdminError extends Error {
  constructor(
    readonly field: PartnerAdminField,
    readonly messageKey: string,
  ) {
    super(`${field}: ${messageKey}`);
    this.name = "PartnerAdminError";
  }
}

// ---------------------------------------------------------------- reading

const areaWithParents = {
  select: {
    code: true,
    name: true,
    parent: { select: { name: true, parent: { select: { name: true, parent: { select: { name: true } } } } } },
  },
} satisfies Prisma.AreaDefaultArgs;

type AreaWithParents = Prisma.AreaGetPayload<typeof areaWithParents>;

/** "Kabupaten Deli Serdang, Sumatera Utara": the area and the areas above it. */
export function areaPath(area: AreaWithParents | null): string | null {
  if (!area) return null;
  const names: string[] = [];
  for (let node: { name: string; parent?: unknown } | null = area; node;) {
    names.push(node.name);
    node = (node.parent ?? null) as { name: string; parent?: unknown } | null;
  }
  return names.join(", ");
}

export const PARTNER_LIST_LIMIT = 200;

/** The partners the admin manages, by name; `q` narrows by a part of the name. */
export async function listManagedPartners(actor: Actor, { q = "" }: { q?: string } = {}) {
  const scope = requireScope(actor);
  const query = q.trim();
  const partners = await prisma.partner.findMany({
    where: {
      AND: [partnersInScope(scope), query ? { name: { contains: query, mode: "insensitive" } } : {}],
    },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      area: areaWithParents,
      _count: { select: { memberships: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PARTNER_LIST_LIMIT,
  });
  return partners.map(({ area, _count, ...partner }) => ({
    ...partner,
    areaCode: area?.code ?? null,
    areaName: areaPath(area),
    memberCount: _count.memberships,
  }));
}

/** One partner with its members, or null when it does not exist or lies outside the admin's scope. */
export async function managedPartner(actor: Actor, partnerId: string) {
  const scope = requireScope(actor);
  const partner = await prisma.partner.findFirst({
    where: { AND: [{ id: partnerId }, partnersInScope(scope)] },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      description: true,
      verifiedAt: true,
      area: areaWithParents,
      memberships: {
        where: { role: "PARTNER_MEMBER" },
        select: {
          id: true,
          createdAt: true,
          user: { select: { id: true, name: true, email: true } },
          grantedBy: { select: { name: true } },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!partner) return null;
  const { area, ...rest } = partner;
  return { ...rest, areaCode: area?.code ?? null, areaName: areaPath(area) };
}

// ---------------------------------------------------------------- writing

type Tx = Prisma.TransactionClient;

/** Refuses an area that does not exist, or one outside the admin's provinces (or none, for a province admin). */
async function checkArea(tx: Tx, scope: AdminScope, areaCode: string | null) {
  if (areaCode === null) {
    if (!scope.national) throw new PartnerAdminError("areaCode", "partnersAdmin.errors.areaRequired");
    return;
  }
  const area = await tx.area.findUnique({ where: { code: areaCode }, select: { code: true } });
  if (!area) throw new PartnerAdminError("areaCode", "partnersAdmin.errors.areaUnknown");
  if (!areaInScope(scope, areaCode)) throw new PartnerAdminError("areaCode", "partnersAdmin.errors.areaOutOfScope");
}

/** The partner, locked for the rest of the transaction; refused when missing or outside the admin's scope. */
async function lockManagedPartner(tx: Tx, scope: AdminScope, partnerId: string) {
  await tx.$queryRaw`SELECT id FROM "Partner" WHERE id = ${partnerId} FOR UPDATE`;
  const partner = await tx.partner.findUnique({
    where: { id: partnerId },
    select: { id: true, slug: true, name: true, kind: true, description: true, areaCode: true },
  });
  if (!partner || !areaInScope(scope, partner.areaCode)) {
    throw new PartnerAdminError("partner", "partnersAdmin.errors.notFound");
  }
  return partner;
}

/** A readable slug from the name with a short random tail, so two partners of the same name never collide. */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const slug = uniqueSlug(name, "mitra");
    if (!(await tx.partner.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
  throw new Error(`no free partner slug for ${name}`);
}

export async function createPartner(actor: Actor, details: PartnerDetails) {
  const scope = requireScope(actor);
  return prisma.$transaction(async (tx) => {
    await checkArea(tx, scope, details.areaCode);
    const partner = await tx.partner.create({
      data: { ...details, slug: await freeSlug(tx, details.name) },
      select: { id: true, slug: true, name: true, kind: true, description: true, areaCode: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "partner.create",
      entityType: "Partner",
      entityId: partner.id,
      after: partner,
      provinceCode: partnerProvince(partner.areaCode),
    });
    return partner;
  });
}

/** Changes name, kind, description and area; returns whether anything changed (a resubmit changes nothing). */
export async function updatePartner(actor: Actor, partnerId: string, details: PartnerDetails) {
  const scope = requireScope(actor);
  return prisma.$transaction(async (tx) => {
    const { id, slug, ...before } = await lockManagedPartner(tx, scope, partnerId);
    if (details.areaCode !== before.areaCode) await checkArea(tx, scope, details.areaCode);
    const after = {
      name: details.name,
      kind: details.kind,
      description: details.description,
      areaCode: details.areaCode,
    };
    if (JSON.stringify(before) === JSON.stringify(after)) return { changed: false, slug };
    await tx.partner.update({ where: { id }, data: after });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "partner.update",
      entityType: "Partner",
      entityId: id,
      before,
      after,
      provinceCode: partnerProvince(after.areaCode ?? before.areaCode),
    });
    return { changed: true, slug };
  });
}

/** issue 11: an admin vouches for the organisation; from then on what it does is public. Verifying twice changes nothing. */
export async function verifyPartner(actor: Actor, partnerId: string, now = new Date()) {
  const scope = requireScope(actor);
  return prisma.$transaction(async (tx) => {
    const partner = await lockManagedPartner(tx, scope, partnerId);
    const { count } = await tx.partner.updateMany({
      where: { id: partner.id, verifiedAt: null },
      data: { verifiedAt: now, verifiedById: actor.id },
    });
    if (count) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "partner.verify",
        entityType: "Partner",
        entityId: partner.id,
        after: { verifiedAt: now.toISOString() },
        provinceCode: partnerProvince(partner.areaCode),
      });
    }
    return { verified: count > 0 };
  });
}

/** Takes the partner-member role away; removing one already gone changes nothing. */
export async function removePartnerMember(actor: Actor, partnerId: string, membershipId: string) {
  const scope = requireScope(actor);
  return prisma.$transaction(async (tx) => {
    const partner = await lockManagedPartner(tx, scope, partnerId);
    const membership = await tx.roleMembership.findFirst({
      where: { id: membershipId, role: "PARTNER_MEMBER", partnerId: partner.id },
      select: { id: true, userId: true, grantedById: true, createdAt: true },
    });
    if (!membership) return { removed: false };
    await tx.roleMembership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      subjectUserId: membership.userId,
      action: "partner.member.remove",
      entityType: "RoleMembership",
      entityId: membership.id,
      before: {
        role: "PARTNER_MEMBER",
        partnerId: partner.id,
        partner: partner.slug,
        grantedById: membership.grantedById,
        since: membership.createdAt.toISOString(),
      },
      provinceCode: partnerProvince(partner.areaCode),
    });
    return { removed: true };
  });
}
