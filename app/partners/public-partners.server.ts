// What the public sees of partners: only those an admin has verified, each
// with its area, the endorsements standing today and the campaigns it runs.
import { publicProducerWhere } from "~/catalog/visibility.server";
import { todayIn } from "~/libraries/library-dates";
import { DEFAULT_TIME_ZONE, parseCalendarDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { areaPath } from "./partner-admin.server";
import { runningCampaignWhere } from "./sponsorship/serving.server";

const verified = { verifiedAt: { not: null } } as const;

const areaSelect = {
  select: {
    code: true,
    name: true,
    parent: { select: { name: true, parent: { select: { name: true, parent: { select: { name: true } } } } } },
  },
} as const;

export async function listVerifiedPartners() {
  const partners = await prisma.partner.findMany({
    where: verified,
    select: { slug: true, name: true, kind: true, description: true, area: areaSelect },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
  return partners.map(({ area, ...partner }) => ({ ...partner, areaName: areaPath(area) }));
}

export async function publicPartnerPage(slug: string, now = new Date()) {
  const today = parseCalendarDate(todayIn(DEFAULT_TIME_ZONE, now))!;
  const partner = await prisma.partner.findFirst({
    where: { slug, ...verified },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      description: true,
      area: areaSelect,
      endorsements: {
        where: {
          revokedAt: null,
          startsOn: { lte: today },
          OR: [{ endsOn: null }, { endsOn: { gte: today } }],
          producer: publicProducerWhere, // issue 16: only producers whose public page is consented to
        },
        select: {
          code: true,
          kind: true,
          statement: true,
          startsOn: true,
          producer: { select: { businessName: true, slug: true } },
        },
        orderBy: { startsOn: "desc" },
        take: 200,
      },
      campaigns: {
        // issue 16: a producer's campaign shows only while their public page is consented to
        where: {
          ...runningCampaignWhere(today),
          AND: [{ OR: [{ producerId: null }, { producer: publicProducerWhere }] }],
        },
        select: {
          id: true,
          placement: true,
          endsOn: true,
          product: { select: { title: true, slug: true } },
          producer: { select: { businessName: true, slug: true } },
          library: { select: { name: true, slug: true } },
        },
        orderBy: { startsOn: "desc" },
        take: 100,
      },
    },
  });
  if (!partner) return null;
  const { area, id: _id, ...rest } = partner;
  return { ...rest, areaName: areaPath(area) };
}
