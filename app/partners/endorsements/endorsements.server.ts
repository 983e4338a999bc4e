// Endorsements: a partner's word that it stands behind a producer (it
// mentored, financed, helped with packaging, or certified their quality).
// A member endorses an approved producer of the partner's area; any member may
// revoke it with a reason. Each has an unguessable public code for
// /endorsements/:code (also printed as a QR code on a card). Nothing of an
// unverified partner is public: badges and the verification page show only
// endorsements of partners an admin has verified.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { todayIn } from "~/libraries/library-dates";
import { provinceOf } from "~/platform/area-codes";
import { DEFAULT_TIME_ZONE, parseCalendarDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { EndorsementKind } from "~/generated/prisma/enums";
import { producerPlace, withinArea } from "../partner-area";
import { endorsementState } from "./endorsement-state";

export const ENDORSEMENT_KINDS = Object.values(EndorsementKind);
export const STATEMENT_MAX = 500;
export const REVOKE_REASON_MAX = 300;

const calendarDay = (message: string) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      const date = parseCalendarDate(text);
      if (!date) ctx.addIssue({ code: "custom", message });
      return date ?? new Date(0);
    });

export const EndorsementSchema = z
  .object({
    producerId: z.string().trim().min(1, "partnerWork.endorse.errors.producer"),
    kind: z.enum(EndorsementKind, "partnerWork.endorse.errors.kind"),
    statement: z
      .string()
      .trim()
      .min(10, "partnerWork.endorse.errors.statement")
      .max(STATEMENT_MAX, "partnerWork.endorse.errors.statement"),
    startsOn: calendarDay("partnerWork.endorse.errors.startsOn"),
    endsOn: z
      .string()
      .trim()
      .default("")
      .transform((text, ctx) => {
        if (!text) return null;
        const date = parseCalendarDate(text);
        if (!date) ctx.addIssue({ code: "custom", message: "partnerWork.endorse.errors.endsOn" });
        return date;
      }),
  })
  .refine((input) => !input.endsOn || input.endsOn >= input.startsOn, {
    path: ["endsOn"],
    message: "partnerWork.endorse.errors.endsBeforeStart",
  });
export type EndorsementInput = z.infer<typeof EndorsementSchema>;

export const RevokeSchema = z.object({
  endorsementId: z.string().trim().min(1),
  reason: z
    .string()
    .trim()
    .min(5, "partnerWork.endorse.errors.reason")
    .max(REVOKE_REASON_MAX, "partnerWork.endorse.errors.reason"),
});

/** Refusal with the i18n key of the sentence to show beside `field`. */
export class EndorsementError extends Error {
  constructor(
    readonly field: string,
    readonly messageKey: string,
  ) {
    super(messageKey);
    this.name = "EndorsementError";
  }
}

type ActingPartner = { id: string; areaCode: string | null };

/** 26 characters of base32: 130 random bits, unguessable, easy to read out and to put in a QR code. */
export function newEndorsementCode(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  const bytes = randomBytes(26);
  return Array.from(bytes, (byte) => alphabet[byte % 32]).join("");
}

/** Approved producers in the partner's area, by name: whom it may endorse or promote. */
export async function producersInArea(partner: ActingPartner) {
  if (!partner.areaCode) return [];
  const area = partner.areaCode;
  const producers = await prisma.producerProfile.findMany({
    where: {
      status: "APPROVED",
      OR: [
        { villageCode: { startsWith: `${area}.` } },
        { villageCode: area },
        { villageCode: null, homeLibrary: { OR: [{ areaCode: area }, { areaCode: { startsWith: `${area}.` } }] } },
      ],
    },
    select: { id: true, slug: true, businessName: true, homeLibraryId: true },
    orderBy: { businessName: "asc" },
    take: 500,
  });
  return producers;
}

export async function endorseProducer(actorId: string, partner: ActingPartner, input: EndorsementInput) {
  const producer = await prisma.producerProfile.findUnique({
    where: { id: input.producerId },
    select: { id: true, status: true, villageCode: true, userId: true, homeLibrary: { select: { areaCode: true } } },
  });
  if (!producer || producer.status !== "APPROVED" || !withinArea(partner.areaCode, producerPlace(producer))) {
    throw new EndorsementError("producerId", "partnerWork.endorse.errors.producerOutOfArea");
  }
  return prisma.$transaction(async (tx) => {
    const endorsement = await tx.endorsement.create({
      data: {
        code: newEndorsementCode(),
        partnerId: partner.id,
        producerId: producer.id,
        kind: input.kind,
        statement: input.statement,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdById: actorId,
      },
      select: { id: true, code: true, kind: true, startsOn: true, endsOn: true },
    });
    await recordAudit(tx, {
      actorId,
      subjectUserId: producer.userId,
      action: "endorsement.create",
      entityType: "Endorsement",
      entityId: endorsement.id,
      after: { partnerId: partner.id, producerId: producer.id, kind: input.kind },
      provinceCode: partner.areaCode ? provinceOf(partner.areaCode) : null,
    });
    return endorsement;
  });
}

/** Revokes one of the partner's endorsements; revoking one already revoked changes nothing. */
export async function revokeEndorsement(
  actorId: string,
  partner: ActingPartner,
  endorsementId: string,
  reason: string,
  now = new Date(),
) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.endorsement.updateMany({
      where: { id: endorsementId, partnerId: partner.id, revokedAt: null },
      data: { revokedAt: now, revokedById: actorId, revokedReason: reason },
    });
    if (count) {
      await recordAudit(tx, {
        actorId,
        action: "endorsement.revoke",
        entityType: "Endorsement",
        entityId: endorsementId,
        after: { reason },
        provinceCode: partner.areaCode ? provinceOf(partner.areaCode) : null,
      });
    }
    return { revoked: count > 0 };
  });
}

/** The partner's endorsements for its workspace, newest first, with their state today. */
export async function partnerEndorsements(partnerId: string, now = new Date()) {
  const today = todayIn(DEFAULT_TIME_ZONE, now);
  const rows = await prisma.endorsement.findMany({
    where: { partnerId },
    select: {
      id: true,
      code: true,
      kind: true,
      statement: true,
      startsOn: true,
      endsOn: true,
      revokedAt: true,
      revokedReason: true,
      producer: { select: { businessName: true, slug: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  return rows.map((row) => ({ ...row, state: endorsementState(row, today) }));
}
