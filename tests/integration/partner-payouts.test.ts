// A partner (here a cooperative) records payouts to producers of its working
// area through /partner/payouts: within the area and up to the balance only,
// audited, and written to the same ledger the admins' payouts use.
import { beforeAll, describe, expect, test } from "vitest";
import { producerBalance } from "~/orders/ledger.server";
import { createOrderInTransaction } from "~/orders/order-creation.server";
import { prisma } from "~/platform/db.server";
import { action as payoutAction, loader as payoutLoader } from "~/routes/partner.payouts";
import {
  createLibrarian,
  createLibrary,
  createProducer,
  createProduct,
  createUser,
  ensureTestAreas,
  ensureTestProvince,
} from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

const args = (request: Request) => ({ request, params: {}, context: {} });

/** A producer of `libraryId` who is owed `amountIdr` (one settled library-event sale). */
async function producerOwed(libraryId: string, amountIdr: number) {
  const { user, profile } = await createProducer({ homeLibraryId: libraryId });
  const product = await createProduct({
    producerId: profile.id,
    status: "PUBLISHED",
    variants: [{ priceIdr: amountIdr, stock: 5 }],
  });
  await prisma.$transaction((tx) =>
    createOrderInTransaction(tx, {
      producerId: profile.id,
      pickupLibraryId: libraryId,
      channel: "LIBRARY_EVENT",
      fulfilment: "PICKUP",
      paymentMethod: "CASH_AT_EVENT",
      contact: { name: "Pembeli bazar", phone: "-" },
      lines: [
        {
          variantId: product.variants[0]!.id,
          quantity: 1,
          unitPriceIdr: amountIdr,
          productTitle: product.title,
          variantName: "250 g",
        },
      ],
      settled: { reference: "Bazar" },
    }),
  );
  return { user, profile };
}

async function partnerMember(areaCode: string | null) {
  const partner = await prisma.partner.create({
    data: {
      slug: `koperasi-${Math.random().toString(36).slice(2, 8)}`,
      name: "Koperasi Uji",
      kind: "COOPERATIVE",
      areaCode,
    },
  });
  const user = await createUser();
  await prisma.roleMembership.create({ data: { userId: user.id, role: "PARTNER_MEMBER", partnerId: partner.id } });
  return { partner, browser: await browserOf(user.id), userId: user.id };
}

let home: Awaited<ReturnType<typeof createLibrary>>;
let away: Awaited<ReturnType<typeof createLibrary>>;

beforeAll(async () => {
  await ensureTestAreas();
  // A second province with its own chain, for a library outside the partner's area.
  const elsewhere = await ensureTestProvince("99");
  home = await createLibrary();
  away = await createLibrary(elsewhere.library);
});

describe("partner payouts", { timeout: 60_000 }, () => {
  test("a cooperative of the province pays a producer of its area, audited, up to the balance", async () => {
    const { user: producerUser, profile } = await producerOwed(home.id, 80_000);
    const outsider = await producerOwed(away.id, 50_000);
    const { partner, browser, userId } = await partnerMember(home.provinceCode);

    const page = (await payoutLoader(args(browser.get("/partner/payouts")))) as {
      owed: { producerId: string; balanceIdr: number }[];
    };
    expect(page.owed.find((row) => row.producerId === profile.id)?.balanceIdr).toBe(80_000);
    expect(page.owed.some((row) => row.producerId === outsider.profile.id)).toBe(false);

    const tooMuch = await settle(() =>
      payoutAction(
        args(browser.post("/partner/payouts", { producerId: profile.id, amountIdr: "80001", reference: "TRF-001" })),
      ),
    );
    expect(tooMuch).toMatchObject({
      status: 409,
      body: { producerId: profile.id, errors: { amountIdr: "orders.payoutErrors.exceedsBalance" } },
    });

    const paid = await settle(() =>
      payoutAction(
        // Typed as Indonesians write it: "50.000" is fifty thousand rupiah, not fifty.
        args(browser.post("/partner/payouts", { producerId: profile.id, amountIdr: "50.000", reference: "TRF-002" })),
      ),
    );
    expect(paid.status).toBe(302);
    expect(await producerBalance(profile.id)).toBe(30_000);
    const payout = await prisma.payout.findFirstOrThrow({ where: { producerId: profile.id } });
    expect(payout).toMatchObject({
      amountIdr: 50_000,
      reference: "TRF-002",
      partnerId: partner.id,
      recordedById: userId,
    });
    const entry = await prisma.ledgerEntry.findFirstOrThrow({ where: { payoutId: payout.id } });
    expect(entry).toMatchObject({ kind: "PAYOUT", amountIdr: -50_000 });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "Payout", entityId: payout.id } });
    expect(audit).toMatchObject({
      action: "payout.record",
      actorId: userId,
      subjectUserId: producerUser.id,
      libraryId: home.id,
    });

    // A producer outside the area, with a forged form: the 403 page, nothing written.
    const forged = await settle(() =>
      payoutAction(
        args(
          browser.post("/partner/payouts", {
            producerId: outsider.profile.id,
            amountIdr: "1000",
            reference: "TRF-003",
          }),
        ),
      ),
    );
    expect(forged.status).toBe(403);
    expect(await producerBalance(outsider.profile.id)).toBe(50_000);

    const invalid = await settle(() =>
      payoutAction(args(browser.post("/partner/payouts", { producerId: profile.id, amountIdr: "0", reference: "T" }))),
    );
    expect(invalid).toMatchObject({
      status: 400,
      body: {
        producerId: profile.id,
        errors: { amountIdr: "orders.payoutErrors.notPositive", reference: "orders.payoutErrors.reference" },
      },
    });
  });

  test("a partner without an area pays nobody; people who are not partner members are refused", async () => {
    const { profile } = await producerOwed(home.id, 20_000);
    const { browser } = await partnerMember(null);
    const page = (await payoutLoader(args(browser.get("/partner/payouts")))) as {
      partner: { hasArea: boolean };
      owed: unknown[];
    };
    expect(page).toMatchObject({ partner: { hasArea: false }, owed: [] });
    const refused = await settle(() =>
      payoutAction(
        args(browser.post("/partner/payouts", { producerId: profile.id, amountIdr: "1000", reference: "TRF-9" })),
      ),
    );
    expect(refused.status).toBe(403);

    const librarian = await browserOf((await createLibrarian(home.id)).id);
    const asLibrarian = await settle(() =>
      payoutAction(
        args(librarian.post("/partner/payouts", { producerId: profile.id, amountIdr: "1000", reference: "TRF-9" })),
      ),
    );
    expect(asLibrarian.status).toBe(403);
    expect(await producerBalance(profile.id)).toBe(20_000);
  });
});
