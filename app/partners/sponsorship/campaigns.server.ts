// Sponsorship campaigns: a partner pays to promote a product, a producer or a
// library storefront in one placement (home page, top of a category's search
// results, a category page, a library storefront) for a run of days, at the
// daily price an admin set for that placement.
//
// Life of a campaign: PENDING_APPROVAL → (approved) AWAITING_PAYMENT →
// (paid: Stripe Checkout, or recorded by an admin as a transfer or given in
// kind) LIVE; or REJECTED with a reason. Only LIVE campaigns ever show
// (a CHECK constraint holds LIVE to approved and paid). A storefront campaign
// is approved by that library's librarians; the others by an admin of the
// target's province. Money is integer rupiah; total = days × daily price,
// fixed when the campaign is submitted.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { type Actor, adminCovers, adminScopeOf, holdsRole } from "~/accounts/scope.server";
import { todayIn } from "~/libraries/library-dates";
import { DEFAULT_TIME_ZONE, parseCalendarDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { NotAllowedError } from "~/platform/http-errors";
import type { Prisma } from "~/generated/prisma/client";
import { SponsorshipPlacement } from "~/generated/prisma/enums";
import { producerPlace, withinArea } from "../partner-area";
import { forgetSponsoredTiles } from "./serving.server";

export const PLACEMENTS = Object.values(SponsorshipPlacement);
export const MAX_CAMPAIGN_DAYS = 92;
const DAY_MS = 24 * 60 * 60 * 1000;

type Tx = Prisma.TransactionClient;
type ActingPartner = { id: string; areaCode: string | null; name?: string };

/** Refusal with the i18n key of the sentence to show beside `field`. */
export class CampaignError extends Error {
  constructor(
    readonly field: string,
    readonly messageKey: string,
  ) {
    super(messageKey);
    this.name = "CampaignError";
  }
}

/** Days from `startsOn` to `endsOn`, both included. */
export const campaignDays = (startsOn: Date, endsOn: Date) =>
  Math.round((endsOn.getTime() - startsOn.getTime()) / DAY_MS) + 1;

// ---------------------------------------------------------------- prices

export async function sponsorshipPrices() {
  const rows = await prisma.sponsorshipPrice.findMany({ select: { placement: true, dailyPriceIdr: true } });
  const prices = new Map(rows.map((row) => [row.placement, row.dailyPriceIdr]));
  return PLACEMENTS.map((placement) => ({ placement, dailyPriceIdr: prices.get(placement) ?? null }));
}

/** Only a national admin sets prices: they apply across the country. */
export async function setSponsorshipPrice(actor: Actor, placement: SponsorshipPlacement, dailyPriceIdr: number) {
  if (!adminScopeOf(actor)?.national) throw new NotAllowedError(`User ${actor.id} may not set prices`);
  await prisma.$transaction(async (tx) => {
    const before = await tx.sponsorshipPrice.findUnique({ where: { placement }, select: { dailyPriceIdr: true } });
    await tx.sponsorshipPrice.upsert({
      where: { placement },
      create: { placement, dailyPriceIdr, updatedById: actor.id },
      update: { dailyPriceIdr, updatedById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "sponsorship.price",
      entityType: "SponsorshipPrice",
      entityId: placement,
      before: before ?? undefined,
      after: { dailyPriceIdr },
    });
  });
}

// ---------------------------------------------------------------- submitting

const day = (key: string) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      const date = parseCalendarDate(text);
      if (!date) ctx.addIssue({ code: "custom", message: key });
      return date ?? new Date(0);
    });

/** `target` is "product:<id>", "producer:<id>" or "library:<id>". */
export const CampaignSchema = z
  .object({
    target: z.string().regex(/^(product|producer|library):[A-Za-z0-9_-]{1,40}$/, "partnerWork.campaigns.errors.target"),
    placement: z.enum(SponsorshipPlacement, "partnerWork.campaigns.errors.placement"),
    startsOn: day("partnerWork.campaigns.errors.startsOn"),
    endsOn: day("partnerWork.campaigns.errors.endsOn"),
  })
  .refine((input) => input.endsOn >= input.startsOn, {
    path: ["endsOn"],
    message: "partnerWork.campaigns.errors.endsBeforeStart",
  })
  .refine((input) => campaignDays(input.startsOn, input.endsOn) <= MAX_CAMPAIGN_DAYS, {
    path: ["endsOn"],
    message: "partnerWork.campaigns.errors.tooLong",
  });
export type CampaignInput = z.infer<typeof CampaignSchema>;

type Target = {
  productId: string | null;
  producerId: string | null;
  libraryId: string | null;
  /** The library whose storefront a STOREFRONT placement uses, and whose province's admins approve the rest. */
  library: { id: string; provinceCode: string };
  categoryId: string | null;
};

/** The target, checked: visible, in the partner's area. */
async function resolveTarget(tx: Tx, partner: ActingPartner, target: string): Promise<Target> {
  const [kind, id] = target.split(":") as ["product" | "producer" | "library", string];
  const outOfArea = () => new CampaignError("target", "partnerWork.campaigns.errors.targetOutOfArea");
  if (kind === "product") {
    const product = await tx.product.findUnique({
      where: { id },
      select: {
        id: true,
        status: true,
        categoryId: true,
        pickupLibrary: { select: { id: true, provinceCode: true } },
        producer: { select: { status: true, villageCode: true, homeLibrary: { select: { areaCode: true } } } },
      },
    });
    if (!product || product.status !== "PUBLISHED" || product.producer.status !== "APPROVED") throw outOfArea();
    if (!withinArea(partner.areaCode, producerPlace(product.producer))) throw outOfArea();
    return {
      productId: id,
      producerId: null,
      libraryId: null,
      library: product.pickupLibrary,
      categoryId: product.categoryId,
    };
  }
  if (kind === "producer") {
    const producer = await tx.producerProfile.findUnique({
      where: { id },
      select: {
        status: true,
        villageCode: true,
        homeLibrary: { select: { id: true, provinceCode: true, areaCode: true } },
      },
    });
    if (!producer || producer.status !== "APPROVED" || !withinArea(partner.areaCode, producerPlace(producer))) {
      throw outOfArea();
    }
    return { productId: null, producerId: id, libraryId: null, library: producer.homeLibrary, categoryId: null };
  }
  const library = await tx.library.findUnique({
    where: { id },
    select: { id: true, provinceCode: true, areaCode: true },
  });
  if (!library || !withinArea(partner.areaCode, library.areaCode)) throw outOfArea();
  return { productId: null, producerId: null, libraryId: id, library, categoryId: null };
}

export async function submitCampaign(actorId: string, partner: ActingPartner, input: CampaignInput, now = new Date()) {
  const today = parseCalendarDate(todayIn(DEFAULT_TIME_ZONE, now))!;
  if (input.startsOn < today) throw new CampaignError("startsOn", "partnerWork.campaigns.errors.startsInPast");
  return prisma.$transaction(async (tx) => {
    const target = await resolveTarget(tx, partner, input.target);
    const categoryPlacement = input.placement === "CATEGORY_SEARCH" || input.placement === "CATEGORY_PAGE";
    if (categoryPlacement && !target.categoryId) {
      throw new CampaignError("placement", "partnerWork.campaigns.errors.categoryNeedsProduct");
    }
    if (input.placement === "STOREFRONT" && target.libraryId) {
      throw new CampaignError("placement", "partnerWork.campaigns.errors.storefrontNeedsProduct");
    }
    const price = await tx.sponsorshipPrice.findUnique({ where: { placement: input.placement } });
    if (!price) throw new CampaignError("placement", "partnerWork.campaigns.errors.noPrice");
    const days = campaignDays(input.startsOn, input.endsOn);
    const campaign = await tx.sponsorshipCampaign.create({
      data: {
        partnerId: partner.id,
        productId: target.productId,
        producerId: target.producerId,
        libraryId: target.libraryId,
        placement: input.placement,
        categoryId: categoryPlacement ? target.categoryId : null,
        storefrontLibraryId: input.placement === "STOREFRONT" ? target.library.id : null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        dailyPriceIdr: price.dailyPriceIdr,
        totalIdr: days * price.dailyPriceIdr,
        createdById: actorId,
      },
      select: { id: true, totalIdr: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "sponsorship.submit",
      entityType: "SponsorshipCampaign",
      entityId: campaign.id,
      after: { partnerId: partner.id, target: input.target, placement: input.placement, totalIdr: campaign.totalIdr },
      libraryId: target.library.id,
    });
    return campaign;
  });
}

// ---------------------------------------------------------------- deciding and paying

const campaignForDecision = {
  id: true,
  status: true,
  placement: true,
  totalIdr: true,
  storefrontLibrary: { select: { id: true, provinceCode: true } },
  product: { select: { pickupLibrary: { select: { id: true, provinceCode: true } } } },
  producer: { select: { homeLibrary: { select: { id: true, provinceCode: true } } } },
  library: { select: { id: true, provinceCode: true } },
} satisfies Prisma.SponsorshipCampaignSelect;

type DecisionRow = Prisma.SponsorshipCampaignGetPayload<{ select: typeof campaignForDecision }>;

/** The library a campaign belongs to: its storefront, or its target's library. */
const libraryOf = (row: DecisionRow) =>
  row.storefrontLibrary ?? row.product?.pickupLibrary ?? row.producer?.homeLibrary ?? row.library!;

/** Storefront campaigns: that library's librarians; others: an admin of the target's province. */
export function mayDecide(actor: Actor, row: DecisionRow): boolean {
  const library = libraryOf(row);
  if (row.placement === "STOREFRONT") {
    return holdsRole(actor, "librarian", { libraryId: library.id, provinceCode: library.provinceCode });
  }
  const scope = adminScopeOf(actor);
  return scope !== null && adminCovers(scope, library.provinceCode);
}

async function lockCampaign(tx: Tx, campaignId: string) {
  await tx.$queryRaw`SELECT id FROM "SponsorshipCampaign" WHERE id = ${campaignId} FOR UPDATE`;
  return tx.sponsorshipCampaign.findUnique({ where: { id: campaignId }, select: campaignForDecision });
}

export const DecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), campaignId: z.string().min(1) }),
  z.object({
    decision: z.literal("reject"),
    campaignId: z.string().min(1),
    reason: z
      .string()
      .trim()
      .min(5, "partnerWork.campaigns.errors.reason")
      .max(300, "partnerWork.campaigns.errors.reason"),
  }),
]);

/** Approves or rejects a campaign awaiting approval; a second decision changes nothing. */
export async function decideCampaign(actor: Actor, input: z.infer<typeof DecisionSchema>, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const row = await lockCampaign(tx, input.campaignId);
    if (!row || !mayDecide(actor, row))
      throw new NotAllowedError(`User ${actor.id} may not decide ${input.campaignId}`);
    if (row.status !== "PENDING_APPROVAL") return { changed: false };
    const approved = input.decision === "approve";
    await tx.sponsorshipCampaign.update({
      where: { id: row.id },
      data: {
        status: approved ? "AWAITING_PAYMENT" : "REJECTED",
        decidedById: actor.id,
        decidedAt: now,
        rejectedReason: approved ? null : input.reason,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: approved ? "sponsorship.approve" : "sponsorship.reject",
      entityType: "SponsorshipCampaign",
      entityId: row.id,
      after: approved ? { status: "AWAITING_PAYMENT" } : { status: "REJECTED", reason: input.reason },
      libraryId: libraryOf(row).id,
    });
    return { changed: true };
  });
}

export const OfflinePaymentSchema = z.object({
  campaignId: z.string().min(1),
  method: z.enum(["BANK_TRANSFER", "IN_KIND"], "partnerWork.campaigns.errors.method"),
  reference: z
    .string()
    .trim()
    .min(3, "partnerWork.campaigns.errors.reference")
    .max(200, "partnerWork.campaigns.errors.reference"),
});

/** Marks an approved campaign paid (in a transaction that holds its row): LIVE from its first day. */
async function markCampaignPaid(
  tx: Tx,
  row: DecisionRow,
  payment: { method: "STRIPE" | "BANK_TRANSFER" | "IN_KIND"; reference: string; recordedById: string | null },
  now: Date,
) {
  await tx.sponsorshipCampaign.update({
    where: { id: row.id },
    data: {
      status: "LIVE",
      paidAt: now,
      paymentMethod: payment.method,
      paymentReference: payment.reference,
      paymentRecordedById: payment.recordedById,
    },
  });
  await recordAudit(tx, {
    actorId: payment.recordedById,
    action: "sponsorship.paid",
    entityType: "SponsorshipCampaign",
    entityId: row.id,
    after: { method: payment.method, reference: payment.reference, totalIdr: row.totalIdr },
    libraryId: libraryOf(row).id,
  });
}

/** An admin of the target's province records a transfer that arrived, or payment given in kind. */
export async function recordOfflinePayment(
  actor: Actor,
  input: z.infer<typeof OfflinePaymentSchema>,
  now = new Date(),
) {
  const result = await prisma.$transaction(async (tx) => {
    const row = await lockCampaign(tx, input.campaignId);
    const scope = adminScopeOf(actor);
    if (!row || !scope || !adminCovers(scope, libraryOf(row).provinceCode)) {
      throw new NotAllowedError(`User ${actor.id} may not record payment of ${input.campaignId}`);
    }
    if (row.status !== "AWAITING_PAYMENT") return { changed: false };
    await markCampaignPaid(tx, row, { method: input.method, reference: input.reference, recordedById: actor.id }, now);
    return { changed: true };
  });
  if (result.changed) forgetSponsoredTiles();
  return result;
}

/** For the Stripe webhook: the campaign paid through Checkout (amount checked by the caller). */
export async function markPaidByStripe(tx: Tx, campaignId: string, reference: string, now = new Date()) {
  const row = await lockCampaign(tx, campaignId);
  if (!row) return "unknown_campaign";
  if (row.status !== "AWAITING_PAYMENT") return "campaign_not_awaiting_payment";
  await markCampaignPaid(tx, row, { method: "STRIPE", reference, recordedById: null }, now);
  forgetSponsoredTiles();
  return "campaign_paid";
}

// ---------------------------------------------------------------- reading

const listSelect = {
  id: true,
  status: true,
  placement: true,
  startsOn: true,
  endsOn: true,
  dailyPriceIdr: true,
  totalIdr: true,
  rejectedReason: true,
  paidAt: true,
  paymentMethod: true,
  createdAt: true,
  partner: { select: { name: true, slug: true } },
  product: { select: { title: true, slug: true } },
  producer: { select: { businessName: true, slug: true } },
  library: { select: { name: true, slug: true } },
  category: { select: { nameId: true, nameEn: true, slug: true } },
  storefrontLibrary: { select: { name: true, slug: true } },
} satisfies Prisma.SponsorshipCampaignSelect;

export type CampaignListRow = Prisma.SponsorshipCampaignGetPayload<{ select: typeof listSelect }>;

/** The target's name and public page. */
export function targetOf(row: Pick<CampaignListRow, "product" | "producer" | "library">) {
  if (row.product) return { name: row.product.title, href: `/products/${row.product.slug}` };
  if (row.producer) return { name: row.producer.businessName, href: `/producers/${row.producer.slug}` };
  return { name: row.library!.name, href: `/libraries/${row.library!.slug}` };
}

export const partnerCampaigns = (partnerId: string) =>
  prisma.sponsorshipCampaign.findMany({
    where: { partnerId },
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
  });

/** Storefront campaigns of a library awaiting its librarians, and those it decided lately. */
export const storefrontCampaigns = (libraryId: string) =>
  prisma.sponsorshipCampaign.findMany({
    where: { storefrontLibraryId: libraryId, placement: "STOREFRONT" },
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
  });

/** Campaigns in the admin's provinces that need them: approval (not storefront) or a payment to record. */
export async function campaignsForAdmin(actor: Actor) {
  const scope = adminScopeOf(actor);
  if (!scope) throw new NotAllowedError(`User ${actor.id} is no admin`);
  const inScope = (provinceCodes: string[]): Prisma.SponsorshipCampaignWhereInput =>
    scope.national
      ? {}
      : {
          OR: [
            { storefrontLibrary: { provinceCode: { in: provinceCodes } } },
            { product: { pickupLibrary: { provinceCode: { in: provinceCodes } } } },
            { producer: { homeLibrary: { provinceCode: { in: provinceCodes } } } },
            { library: { provinceCode: { in: provinceCodes } } },
          ],
        };
  return prisma.sponsorshipCampaign.findMany({
    where: {
      AND: [
        inScope(scope.provinceCodes),
        {
          OR: [{ status: "PENDING_APPROVAL", placement: { not: "STOREFRONT" } }, { status: "AWAITING_PAYMENT" }],
        },
      ],
    },
    select: listSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
  });
}

/** The targets a partner may choose from: products, producers and libraries in its area. */
export async function campaignTargets(partner: ActingPartner) {
  const area = partner.areaCode;
  if (!area) return { products: [], producers: [], libraries: [] };
  const inArea = { OR: [{ areaCode: area }, { areaCode: { startsWith: `${area}.` } }] };
  const producerInArea: Prisma.ProducerProfileWhereInput = {
    status: "APPROVED",
    OR: [
      { villageCode: area },
      { villageCode: { startsWith: `${area}.` } },
      { villageCode: null, homeLibrary: inArea },
    ],
  };
  const [products, producers, libraries] = await Promise.all([
    prisma.product.findMany({
      where: { status: "PUBLISHED", producer: producerInArea },
      select: { id: true, title: true, producer: { select: { businessName: true } } },
      orderBy: { title: "asc" },
      take: 300,
    }),
    prisma.producerProfile.findMany({
      where: producerInArea,
      select: { id: true, businessName: true },
      orderBy: { businessName: "asc" },
      take: 300,
    }),
    prisma.library.findMany({ where: inArea, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 300 }),
  ]);
  return { products, producers, libraries };
}

/** A campaign of this partner (for its pages), or null. */
export const partnerCampaign = (partnerId: string, campaignId: string) =>
  prisma.sponsorshipCampaign.findFirst({ where: { id: campaignId, partnerId }, select: listSelect });
