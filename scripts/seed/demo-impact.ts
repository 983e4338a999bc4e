// Demo data for the impact figures (issue 12): twelve months of paid sales on
// every channel for the approved demo producers, their baselines, consent to
// impact reports (one withdrawn, some never given) and two check-ins each, so
// that /impact, the librarian's summary and the producer's chart show real
// figures on a fresh start. Sulawesi Selatan and Nusa Tenggara Barat get only
// three consenting producers each: /impact merges them ("other provinces").
// The rollups are then rebuilt from the ledger with the documented SQL, so the
// rollup check passes on the demo database.
import { CONSENT_STATEMENTS } from "~/accounts/consents.server";
import type { OrderChannel, PaymentMethod, Prisma } from "~/generated/prisma/client";
import { addMonths, monthKeyOf, monthStartInstant } from "~/impact/months";
import { rebuildImpactRollups } from "~/impact/recompute.server";
import { demoRandom } from "./random";

type Tx = Prisma.TransactionClient;

/** Provinces where only a few producers agreed to impact reports: merged on /impact. */
const FEW_CONSENTS: Record<string, number> = { "52": 3, "73": 3 };
const CHANNELS: readonly { channel: OrderChannel; method: PaymentMethod; feeBps: number; weight: number }[] = [
  { channel: "ONLINE", method: "STRIPE", feeBps: 500, weight: 0.55 },
  { channel: "LIBRARY_EVENT", method: "CASH_AT_EVENT", feeBps: 0, weight: 0.3 },
  { channel: "LIBRARY_DESK", method: "CASH_AT_PICKUP", feeBps: 0, weight: 0.15 },
];
const DAY_MS = 24 * 60 * 60 * 1000;

export async function writeDemoImpact(tx: Tx, today: Date): Promise<void> {
  const random = demoRandom(20_261_207);
  const producers = await tx.producerProfile.findMany({
    where: { status: "APPROVED" },
    orderBy: { slug: "asc" },
    select: {
      id: true,
      userId: true,
      homeLibraryId: true,
      homeLibrary: { select: { provinceCode: true } },
      user: { select: { email: true } },
      products: {
        where: { status: "PUBLISHED" },
        orderBy: { slug: "asc" },
        take: 2,
        select: { title: true, variants: { orderBy: { sortOrder: "asc" }, take: 1 } },
      },
    },
  });
  const shoppers = await tx.user.findMany({
    where: { memberships: { none: {} } },
    orderBy: { email: "asc" },
    take: 10,
    select: { id: true },
  });
  const guestPhones = Array.from({ length: 40 }, (_, index) => `+62812700${String(index).padStart(5, "0")}`);
  const currentMonth = monthKeyOf(today);
  const since = monthStartInstant(addMonths(currentMonth, -13));
  const consentedByProvince = new Map<string, number>();
  let withdrawnOne = false;

  const consents: Prisma.ConsentCreateManyInput[] = [];
  const baselines: Prisma.ProducerBaselineCreateManyInput[] = [];
  const checkIns: Prisma.ImpactCheckInCreateManyInput[] = [];
  const orders: (Prisma.OrderCreateManyInput & {
    line: { title: string; variantId: string; name: string; quantity: number; unitPriceIdr: number };
  })[] = [];

  for (const producer of producers) {
    const variant = producer.products[0]?.variants[0];
    if (!variant) continue;
    const province = producer.homeLibrary.provinceCode;
    const limit = FEW_CONSENTS[province];
    const seen = consentedByProvince.get(province) ?? 0;
    const consenting = limit === undefined || seen < limit;
    if (consenting) consentedByProvince.set(province, seen + 1);
    // The first consenting producer of Jawa Tengah changed their mind two months ago.
    const withdrawn = consenting && !withdrawnOne && province === "33";
    if (withdrawn) withdrawnOne = true;
    if (consenting) {
      consents.push({
        userId: producer.userId,
        kind: "IMPACT_REPORTS",
        statement: CONSENT_STATEMENTS.IMPACT_REPORTS,
        givenAt: since,
        givenVia: "SELF",
        withdrawnAt: withdrawn ? new Date(today.getTime() - 60 * DAY_MS) : null,
        withdrawnVia: withdrawn ? "SELF" : null,
      });
    }
    const baseline = random.integer(6, 20) * 100_000;
    const household = random.integer(2, 6);
    baselines.push({
      producerId: producer.id,
      monthlyIncomeMinIdr: baseline,
      monthlyIncomeMaxIdr: baseline + 500_000,
      householdSize: household,
      effectiveFrom: since,
      createdAt: since,
    });
    const woman = random.chance(0.65);
    for (const monthsAgo of [7, 1]) {
      checkIns.push({
        producerId: producer.id,
        answeredAt: new Date(monthStartInstant(addMonths(currentMonth, -monthsAgo)).getTime() + 9 * DAY_MS),
        incomeMinIdr: baseline,
        incomeMaxIdr: baseline + 1_000_000,
        householdSize: household,
        lifeChange: random.pick(["SAME", "BETTER", "BETTER", "MUCH_BETTER", "WORSE"] as const),
        helpedBy: random.pickSome(["TRAINING", "LIBRARY", "PARTNER", "MARKETPLACE"] as const, random.integer(1, 3)),
        gender: woman ? "WOMAN" : random.chance(0.8) ? "MAN" : null,
      });
    }
    // Income grows from about the baseline to up to twice it over the year.
    const growth = random.integer(0, 100) / 100;
    for (let monthsAgo = 12; monthsAgo >= 0; monthsAgo -= 1) {
      const month = addMonths(currentMonth, -monthsAgo);
      const start = monthStartInstant(month).getTime();
      const end = monthsAgo === 0 ? today.getTime() : monthStartInstant(addMonths(month, 1)).getTime();
      const target = baseline * (0.8 + (growth * (12 - monthsAgo)) / 12) * (monthsAgo === 0 ? 0.3 : 1);
      const count = random.integer(2, 4);
      for (let index = 0; index < count; index += 1) {
        const roll = random.integer(0, 99) / 100;
        const how = roll < CHANNELS[0]!.weight ? CHANNELS[0]! : roll < 0.85 ? CHANNELS[1]! : CHANNELS[2]!;
        const quantity = Math.max(1, Math.round(target / count / Math.max(variant.priceIdr, 1)));
        const totalIdr = quantity * variant.priceIdr;
        const at = new Date(start + random.integer(0, Math.max(0, end - start - 60_000)));
        if (at.getTime() > today.getTime()) continue;
        const shopper = how.channel === "ONLINE" && shoppers.length && random.chance(0.4);
        orders.push({
          code: `LP-DI${String(orders.length + 1).padStart(5, "0")}`,
          accessToken: `demo-impact-${random.digits(24)}`,
          producerId: producer.id,
          buyerId: shopper ? random.pick(shoppers).id : null,
          channel: how.channel,
          fulfilment: "PICKUP",
          paymentMethod: how.method,
          status: "COMPLETED",
          pickupLibraryId: producer.homeLibraryId,
          contactName: random.faker.person.fullName(),
          contactPhone: random.pick(guestPhones),
          subtotalIdr: totalIdr,
          totalIdr,
          platformFeeBps: how.feeBps,
          platformFeeIdr: Math.floor((totalIdr * how.feeBps) / 10_000),
          paidAt: at,
          completedAt: at,
          createdAt: at,
          line: {
            title: producer.products[0]!.title,
            variantId: variant.id,
            name: variant.name,
            quantity,
            unitPriceIdr: variant.priceIdr,
          },
        });
      }
    }
  }

  await tx.consent.createMany({ data: consents });
  await tx.producerBaseline.createMany({ data: baselines });
  await tx.impactCheckIn.createMany({ data: checkIns });
  const created = await tx.order.createManyAndReturn({
    data: orders.map(({ line: _line, ...order }) => order),
    select: { id: true, code: true },
  });
  const idOf = new Map(created.map((row) => [row.code, row.id]));
  await tx.orderLine.createMany({
    data: orders.map((order) => ({
      orderId: idOf.get(order.code)!,
      variantId: order.line.variantId,
      productTitle: order.line.title,
      variantName: order.line.name,
      unitPriceIdr: order.line.unitPriceIdr,
      quantity: order.line.quantity,
      lineTotalIdr: order.totalIdr,
    })),
  });
  await tx.payment.createMany({
    data: orders.map((order) => ({
      orderId: idOf.get(order.code)!,
      kind: "CHARGE" as const,
      method: order.paymentMethod,
      amountIdr: order.totalIdr,
      createdAt: order.paidAt as Date,
    })),
  });
  await tx.ledgerEntry.createMany({
    data: orders.flatMap((order) => {
      const orderId = idOf.get(order.code)!;
      const at = order.paidAt as Date;
      const sale = {
        producerId: order.producerId,
        orderId,
        kind: "SALE" as const,
        amountIdr: order.totalIdr,
        idempotencyKey: `sale:${orderId}`,
        createdAt: at,
      };
      const fee = order.platformFeeIdr
        ? [
            {
              producerId: order.producerId,
              orderId,
              kind: "PLATFORM_FEE" as const,
              amountIdr: -order.platformFeeIdr!,
              idempotencyKey: `fee:${orderId}`,
              createdAt: at,
            },
          ]
        : [];
      return [sale, ...fee];
    }),
  });
  await rebuildImpactRollups(tx);
}
