// What the public sees of endorsements: the badges on producer and product
// pages and the verification page of one code. Apart from the workspace
// module (endorsements.server.ts), whose forms name workspace messages, so a
// public page loads only public namespaces.
import { publicProfileConsented } from "~/catalog/visibility.server";
import { todayIn } from "~/libraries/library-dates";
import { DEFAULT_TIME_ZONE, parseCalendarDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import type { EndorsementKind } from "~/generated/prisma/enums";
import { endorsementState } from "./endorsement-state";

const publicPartner = { verifiedAt: { not: null } } as const;

/** For /endorsements/:code: who endorses whom, since when, and whether it stands today. Null when unknown or not public. */
export async function verifyEndorsement(code: string, now = new Date()) {
  if (!/^[a-z2-7]{26}$/.test(code)) return null;
  const row = await prisma.endorsement.findFirst({
    // issue 16: the page names the producer: not shown once their PUBLIC_PROFILE consent is withdrawn
    where: { code, partner: publicPartner, producer: publicProfileConsented },
    select: {
      code: true,
      kind: true,
      statement: true,
      startsOn: true,
      endsOn: true,
      createdAt: true,
      revokedAt: true,
      revokedReason: true,
      partner: { select: { name: true, slug: true, kind: true } },
      producer: { select: { businessName: true, slug: true, status: true } },
    },
  });
  if (!row) return null;
  return { ...row, state: endorsementState(row, todayIn(DEFAULT_TIME_ZONE, now)) };
}

export type EndorsementBadge = { code: string; kind: EndorsementKind; partnerName: string; partnerSlug: string };

/** Badges of the endorsements standing today for each producer (verified partners only), in one query. */
export async function endorsementBadges(producerIds: string[], now = new Date()) {
  const today = todayIn(DEFAULT_TIME_ZONE, now);
  const day = parseCalendarDate(today)!;
  const rows = producerIds.length
    ? await prisma.endorsement.findMany({
        where: {
          producerId: { in: producerIds },
          revokedAt: null,
          startsOn: { lte: day },
          OR: [{ endsOn: null }, { endsOn: { gte: day } }],
          partner: publicPartner,
        },
        select: { code: true, kind: true, producerId: true, partner: { select: { name: true, slug: true } } },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const byProducer = new Map<string, EndorsementBadge[]>();
  for (const row of rows) {
    const list = byProducer.get(row.producerId) ?? [];
    list.push({ code: row.code, kind: row.kind, partnerName: row.partner.name, partnerSlug: row.partner.slug });
    byProducer.set(row.producerId, list);
  }
  return byProducer;
}

/** The badges of one producer (the producer page). */
export async function endorsementBadgesOf(producerId: string, now = new Date()): Promise<EndorsementBadge[]> {
  return (await endorsementBadges([producerId], now)).get(producerId) ?? [];
}
