// Bank transfer into a cooperative's account (issue 5): a cooperative publishes
// an account at /partner/payments; buyers of producers in its working area whose
// library has no account of its own are offered bank transfer into it; the order
// keeps a copy of the account; the cooperative's members see the transfer to
// expect and confirm it, and nobody else's members can.
import { beforeAll, describe, expect, test } from "vitest";
import { getSessionUser } from "~/accounts/session.server";
import { addToCart, loadCart } from "~/orders/cart.server";
import { paymentMethodsFor, placeCheckout } from "~/orders/checkout.server";
import { transferAccountsFor } from "~/orders/transfer-accounts.server";
import { transitionOrder } from "~/orders/transitions.server";
import { prisma } from "~/platform/db.server";
import { action as paymentsAction, loader as paymentsLoader } from "~/routes/partner.payments";
import { loader as orderLoader } from "~/routes/orders.$id";
import {
  createLibrarian,
  createLibrary,
  createPartner,
  createProducer,
  createProduct,
  createUser,
  ensureTestAreas,
  type TestAreas,
} from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

const ACCOUNT = { bankName: "Bank Karya Nusantara", bankAccountNumber: "0120040001204" };

let areas: TestAreas;

beforeAll(async () => {
  areas = await ensureTestAreas();
  await prisma.area.createMany({
    data: [{ code: "98", name: "Provinsi Lain", level: "PROVINCE", parentCode: null }],
    skipDuplicates: true,
  });
});

type Chain = { province: string; regency: string; district: string; village: string };

/** A province → regency → district → village chain of its own, so each test's cooperatives cannot serve another's producers. */
async function ownAreas(province: string): Promise<Chain> {
  const chain = {
    province,
    regency: `${province}.01`,
    district: `${province}.01.01`,
    village: `${province}.01.01.2001`,
  };
  await prisma.area.createMany({
    data: [
      { code: chain.province, name: `Provinsi ${province}`, level: "PROVINCE", parentCode: null },
      { code: chain.regency, name: `Kabupaten ${province}`, level: "REGENCY", parentCode: chain.province },
      { code: chain.district, name: `Kecamatan ${province}`, level: "DISTRICT", parentCode: chain.regency },
      { code: chain.village, name: `Desa ${province}`, level: "VILLAGE", parentCode: chain.district },
    ],
    skipDuplicates: true,
  });
  return chain;
}

async function member(partnerId: string) {
  const user = await createUser();
  await prisma.roleMembership.create({ data: { userId: user.id, role: "PARTNER_MEMBER", partnerId } });
  return { user, browser: await browserOf(user.id) };
}

/** A producer of the chain's village whose library publishes no account, with one product of `priceIdr`. */
async function producerWithoutLibraryAccount(chain: Chain, priceIdr = 30_000) {
  const library = await createLibrary({
    areaCode: chain.village,
    provinceCode: chain.province,
    regencyCode: chain.regency,
  });
  const producer = await createProducer({ homeLibraryId: library.id });
  const product = await createProduct({
    producerId: producer.profile.id,
    status: "PUBLISHED",
    variants: [{ priceIdr, stock: 10 }],
  });
  return { library, producer, product, variantId: product.variants[0]!.id };
}

async function cartWith(...variantIds: string[]) {
  const cart = await prisma.cart.create({ data: {} });
  for (const variantId of variantIds) await addToCart(cart.id, variantId, 1);
  return cart.id;
}

function checkout(cartId: string, buyerId: string | null = null) {
  return placeCheckout({
    cartId,
    buyerId,
    contact: { name: "Rina Sitepu", phone: "+6281311112222", email: undefined, paymentMethod: "BANK_TRANSFER" },
    fulfilment: {},
    origin: "http://localhost",
  });
}

describe("whose account a transfer goes to", { timeout: 60_000 }, () => {
  test("the library's own account first, else the most local cooperative of the producer's area", async () => {
    const library = { name: "Perpustakaan Desa", bankName: null, bankAccountNumber: null, bankAccountHolder: null };
    const query = { producerId: "p1", pickupLibrary: library, homeAreaCode: areas.village.code };
    // Only partners that cannot be chosen: no account, no area, not a cooperative, another province.
    await createPartner({ name: "Koperasi Tanpa Rekening", areaCode: areas.regency.code });
    await createPartner({ name: "Koperasi Tanpa Wilayah", ...ACCOUNT, bankAccountHolder: "KTW" });
    await createPartner({
      name: "Bank Mitra",
      kind: "BANK",
      areaCode: areas.village.code,
      ...ACCOUNT,
      bankAccountHolder: "BM",
    });
    await createPartner({ name: "Koperasi Provinsi Lain", areaCode: "98", ...ACCOUNT, bankAccountHolder: "KPL" });
    expect((await transferAccountsFor(prisma, [query])).get("p1")).toBeNull();

    const province = await createPartner({
      name: "Koperasi Provinsi",
      areaCode: areas.province.code,
      ...ACCOUNT,
      bankAccountHolder: "Koperasi Provinsi",
    });
    expect((await transferAccountsFor(prisma, [query])).get("p1")).toMatchObject({
      payeeName: "Koperasi Provinsi",
      partnerId: province.id,
    });

    const regency = await createPartner({
      name: "Koperasi Kota",
      areaCode: areas.regency.code,
      bankName: "Bank Sumut",
      bankAccountNumber: "22000111",
      bankAccountHolder: "Koperasi Kota Medan",
    });
    expect((await transferAccountsFor(prisma, [query])).get("p1")).toEqual({
      payeeName: "Koperasi Kota",
      bankName: "Bank Sumut",
      accountNumber: "22000111",
      accountHolder: "Koperasi Kota Medan",
      partnerId: regency.id,
    });

    const withAccount = { ...library, bankName: "BRI", bankAccountNumber: "012301", bankAccountHolder: "Perpus" };
    expect((await transferAccountsFor(prisma, [{ ...query, pickupLibrary: withAccount }])).get("p1")).toMatchObject({
      payeeName: "Perpustakaan Desa",
      accountNumber: "012301",
      partnerId: null,
    });
  });
});

describe("a cooperative's account at checkout", { timeout: 90_000 }, () => {
  test("a member publishes it (audited); bank transfer appears for producers of its area; the order keeps a copy", async () => {
    const chain = await ownAreas("91");
    const cooperative = await createPartner({ name: "Koperasi Kopi Karo", areaCode: chain.regency });
    const { user, browser } = await member(cooperative.id);
    const { producer, variantId } = await producerWithoutLibraryAccount(chain);
    const cartId = await cartWith(variantId);
    expect(paymentMethodsFor(await loadCart(cartId))).not.toContain("BANK_TRANSFER");

    const bad = await settle(() =>
      paymentsAction(
        args(browser.post("/partner/payments", { bankName: "B", accountNumber: "12-ab", accountHolder: "K" })),
      ),
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      errors: {
        bankName: "buying.bankAccount.errors.bankName",
        accountNumber: "buying.bankAccount.errors.accountNumber",
        accountHolder: "buying.bankAccount.errors.accountHolder",
      },
    });
    const saved = await settle(() =>
      paymentsAction(
        args(
          browser.post("/partner/payments", {
            bankName: "Bank Karya Nusantara",
            accountNumber: "0120 0400 0120 4",
            accountHolder: "Koperasi Kopi Karo",
          }),
        ),
      ),
    );
    expect(saved).toMatchObject({ status: 302 });
    expect(saved.location).toContain("notice=saved");
    const audit = await prisma.auditLog.findMany({ where: { entityType: "Partner", entityId: cooperative.id } });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([["partner.bank_account.publish", user.id]]);

    const cart = await loadCart(cartId);
    expect(paymentMethodsFor(cart)).toContain("BANK_TRANSFER");
    expect(cart.groups[0]!.transferAccount).toMatchObject({
      payeeName: "Koperasi Kopi Karo",
      partnerId: cooperative.id,
    });

    const placed = await checkout(cartId);
    if (!placed.ok) throw new Error(`checkout failed: ${placed.error}`);
    const order = await prisma.order.findUniqueOrThrow({ where: { id: placed.orders[0]!.id } });
    expect(order).toMatchObject({
      producerId: producer.profile.id,
      status: "AWAITING_PAYMENT",
      transferPayeeName: "Koperasi Kopi Karo",
      transferBankName: "Bank Karya Nusantara",
      transferAccountNumber: "0120040001204",
      transferAccountHolder: "Koperasi Kopi Karo",
      transferPartnerId: cooperative.id,
    });

    // The cooperative changes its account afterwards: the buyer's order still shows what they were told.
    await settle(() =>
      paymentsAction(
        args(
          browser.post("/partner/payments", { bankName: "Bank Sumut", accountNumber: "555000", accountHolder: "KKK" }),
        ),
      ),
    );
    const buyerPage = (await orderLoader(
      args(new Request(`http://localhost/orders/${order.id}?key=${placed.orders[0]!.accessToken}`), { id: order.id }),
    )) as { order: { transferAccountNumber: string | null; transferPayeeName: string | null } };
    expect(buyerPage.order).toMatchObject({
      transferAccountNumber: "0120040001204",
      transferPayeeName: "Koperasi Kopi Karo",
    });
  });

  test("a cart mixing a library's account and a cooperative's: one checkout, each order its own payee", async () => {
    const chain = await ownAreas("92");
    const cooperative = await createPartner({
      name: "Koperasi Campur",
      areaCode: chain.village,
      ...ACCOUNT,
      bankAccountHolder: "Koperasi Campur",
    });
    const withLibraryAccount = await producerWithoutLibraryAccount(chain);
    await prisma.library.update({
      where: { id: withLibraryAccount.library.id },
      data: { bankName: "BRI", bankAccountNumber: "0123999", bankAccountHolder: "Perpustakaan Desa Uji" },
    });
    const withCooperative = await producerWithoutLibraryAccount(chain);
    const placed = await checkout(await cartWith(withLibraryAccount.variantId, withCooperative.variantId));
    if (!placed.ok) throw new Error(`checkout failed: ${placed.error}`);
    const orders = await prisma.order.findMany({
      where: { id: { in: placed.orders.map((o) => o.id) } },
      select: { producerId: true, transferPayeeName: true, transferPartnerId: true, transferAccountNumber: true },
    });
    expect(orders.find((o) => o.producerId === withLibraryAccount.producer.profile.id)).toMatchObject({
      transferPayeeName: withLibraryAccount.library.name,
      transferAccountNumber: "0123999",
      transferPartnerId: null,
    });
    expect(orders.find((o) => o.producerId === withCooperative.producer.profile.id)).toMatchObject({
      transferPayeeName: "Koperasi Campur",
      transferPartnerId: cooperative.id,
    });
  });

  test("an account withdrawn between the cart and the order: checkout refuses bank transfer and keeps the cart", async () => {
    const chain = await ownAreas("93");
    const cooperative = await createPartner({
      name: "Koperasi Berhenti",
      areaCode: chain.province,
      ...ACCOUNT,
      bankAccountHolder: "Koperasi Berhenti",
    });
    const { producer, product } = await producerWithoutLibraryAccount(chain);
    const cartId = await cartWith(product.variants[0]!.id);
    expect(paymentMethodsFor(await loadCart(cartId))).toContain("BANK_TRANSFER");

    await prisma.partner.update({
      where: { id: cooperative.id },
      data: { bankName: null, bankAccountNumber: null, bankAccountHolder: null },
    });
    expect(await checkout(cartId)).toEqual({ ok: false, error: "paymentUnavailable" });
    expect(await prisma.cartItem.count({ where: { cartId } })).toBe(1);
    expect(await prisma.order.count({ where: { producerId: producer.profile.id } })).toBe(0);
  });
});

describe("confirming a transfer into a cooperative's account", { timeout: 90_000 }, () => {
  test("its member sees it and confirms it (paid, ledger, audit); other members and the pickup librarian cannot", async () => {
    const chain = await ownAreas("94");
    const cooperative = await createPartner({
      name: "Koperasi Penerima",
      areaCode: chain.district,
      ...ACCOUNT,
      bankAccountHolder: "Koperasi Penerima",
    });
    const other = await createPartner({ name: "Koperasi Tetangga", areaCode: chain.district });
    const { user, browser } = await member(cooperative.id);
    const outsider = await member(other.id);
    const { library, producer, variantId } = await producerWithoutLibraryAccount(chain, 45_000);
    const librarian = await browserOf((await createLibrarian(library.id)).id);
    const placed = await checkout(await cartWith(variantId));
    if (!placed.ok) throw new Error(`checkout failed: ${placed.error}`);
    const orderId = placed.orders[0]!.id;
    const code = placed.orders[0]!.code;

    const page = (await paymentsLoader(args(browser.get("/partner/payments")))) as {
      awaiting: { id: string; code: string; totalIdr: number }[];
    };
    expect(page.awaiting).toContainEqual(expect.objectContaining({ id: orderId, code, totalIdr: 45_000 }));
    const outsiderPage = (await paymentsLoader(args(outsider.browser.get("/partner/payments")))) as {
      awaiting: { id: string }[];
    };
    expect(outsiderPage.awaiting.map((o) => o.id)).not.toContain(orderId);

    const confirm = (who: typeof browser) =>
      settle(() =>
        paymentsAction(
          args(who.post("/partner/payments", { intent: "confirm_transfer", orderId, reference: "TRF-778" })),
        ),
      );
    expect(await confirm(outsider.browser)).toMatchObject({ status: 409, body: { error: "notAllowed" } });
    expect(await confirm(librarian)).toMatchObject({ status: 403 }); // not a partner at all
    // Nor from the library's own desk: the money did not go to the library.
    const asLibrarian = (await getSessionUser(librarian.get("/librarian/pickup")))!;
    await expect(transitionOrder({ orderId, action: "confirm_transfer", user: asLibrarian })).rejects.toMatchObject({
      reason: "notAllowed",
    });
    const confirmed = await confirm(browser);
    expect(confirmed).toMatchObject({ status: 302 });
    expect(confirmed.location).toContain(`confirmed=${code}`);
    expect(await confirm(browser)).toMatchObject({ status: 409, body: { error: "notAllowed" } }); // already paid

    const order = await prisma.order.findUniqueOrThrow({
      where: { id: orderId },
      include: { payments: true, ledgerEntries: true },
    });
    expect(order.status).toBe("PAID");
    expect(order.payments).toEqual([
      expect.objectContaining({ kind: "CHARGE", method: "BANK_TRANSFER", amountIdr: 45_000, reference: "TRF-778" }),
    ]);
    expect(order.ledgerEntries.reduce((sum, entry) => sum + entry.amountIdr, 0)).toBeGreaterThan(0);
    const audit = await prisma.auditLog.findFirst({ where: { entityType: "Order", entityId: orderId } });
    expect(audit).toMatchObject({
      action: "order.confirm_transfer",
      actorId: user.id,
      subjectUserId: producer.user.id,
    });
  });

  test("without the CSRF token nothing is confirmed; a bank partner cannot publish an account", async () => {
    const cooperative = await createPartner({ areaCode: areas.regency.code, ...ACCOUNT, bankAccountHolder: "Kop" });
    const { browser } = await member(cooperative.id);
    const forged = await settle(() =>
      paymentsAction(
        args(
          browser.post(
            "/partner/payments",
            { bankName: "Bank X", accountNumber: "99999", accountHolder: "Siapa" },
            { csrf: false },
          ),
        ),
      ),
    );
    expect(forged.status).toBe(403);
    expect(await prisma.partner.findUniqueOrThrow({ where: { id: cooperative.id } })).toMatchObject({
      bankAccountNumber: ACCOUNT.bankAccountNumber,
    });

    const bank = await createPartner({ name: "Bank Mitra Desa", kind: "BANK", areaCode: areas.regency.code });
    const banker = await member(bank.id);
    const refused = await settle(() =>
      paymentsAction(
        args(
          banker.browser.post("/partner/payments", {
            bankName: "Bank X",
            accountNumber: "99999",
            accountHolder: "Bank",
          }),
        ),
      ),
    );
    expect(refused.status).toBe(403);
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: bank.id } })).bankAccountNumber).toBeNull();
  });
});
