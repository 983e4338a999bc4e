// What sellers publish through their workspaces: the library's bank account
// (librarians, audited; bank transfer then shows at checkout for that
// library's producers) and the producer's flat shipping fee (0 < fee ≤ 1 000 000,
// or off), which the checkout then adds to the order.
import { describe, expect, test } from "vitest";
import { addToCart, loadCart } from "~/orders/cart.server";
import { paymentMethodsFor, placeCheckout } from "~/orders/checkout.server";
import { prisma } from "~/platform/db.server";
import { action as checkoutAction } from "~/routes/checkout";
import { action as paymentsAction, loader as paymentsLoader } from "~/routes/librarian.payments";
import { action as shippingAction } from "~/routes/producer.shipping";
import { createLibrarian, createLibrary, createProducer, createProduct } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

const args = (request: Request) => ({ request, params: {}, context: {} });

async function cartWith(variantId: string) {
  const cart = await prisma.cart.create({ data: {} });
  await addToCart(cart.id, variantId, 1);
  return cart.id;
}

describe("the library's bank account", { timeout: 60_000 }, () => {
  test("its librarian publishes it (audited) and bank transfer appears at checkout; removing it hides it", async () => {
    const library = await createLibrary();
    const librarian = await createLibrarian(library.id);
    const { profile } = await createProducer({ homeLibraryId: library.id });
    const product = await createProduct({ producerId: profile.id, status: "PUBLISHED" });
    const cartId = await cartWith(product.variants[0]!.id);
    expect(paymentMethodsFor(await loadCart(cartId))).not.toContain("BANK_TRANSFER");

    const browser = await browserOf(librarian.id);
    const saved = await settle(() =>
      paymentsAction(
        args(
          browser.post("/librarian/payments", {
            bankName: "Bank Karya Nusantara",
            accountNumber: "0123-01-000123-50-1",
            accountHolder: "Perpustakaan Desa Uji",
          }),
        ),
      ),
    );
    expect(saved.status).toBe(302);
    const stored = await prisma.library.findUniqueOrThrow({ where: { id: library.id } });
    expect(stored).toMatchObject({
      bankName: "Bank Karya Nusantara",
      bankAccountNumber: "012301000123501",
      bankAccountHolder: "Perpustakaan Desa Uji",
    });
    expect(paymentMethodsFor(await loadCart(cartId))).toContain("BANK_TRANSFER");
    const page = (await paymentsLoader(args(browser.get("/librarian/payments")))) as {
      account: { bankAccountNumber: string | null };
    };
    expect(page.account.bankAccountNumber).toBe("012301000123501");

    const removed = await settle(() => paymentsAction(args(browser.post("/librarian/payments", { intent: "remove" }))));
    expect(removed.status).toBe(302);
    expect(paymentMethodsFor(await loadCart(cartId))).not.toContain("BANK_TRANSFER");

    const audit = await prisma.auditLog.findMany({
      where: { entityType: "Library", entityId: library.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId, a.libraryId])).toEqual([
      ["library.bank_account.publish", librarian.id, library.id],
      ["library.bank_account.remove", librarian.id, library.id],
    ]);
    expect(audit[0]!.after).toMatchObject({ bankAccountNumber: "012301000123501" });
  });

  test("a wrong account number is refused next to its field; another library's librarian is refused", async () => {
    const [library, other] = await Promise.all([createLibrary(), createLibrary()]);
    const browser = await browserOf((await createLibrarian(library.id)).id);
    const bad = await settle(() =>
      paymentsAction(
        args(browser.post("/librarian/payments", { bankName: "B", accountNumber: "12ab", accountHolder: "Perpus" })),
      ),
    );
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: Record<string, string> }).errors).toEqual({
      bankName: "buying.bankAccount.errors.bankName",
      accountNumber: "buying.bankAccount.errors.accountNumber",
    });
    const forged = await settle(() =>
      paymentsAction(
        args(
          browser.post(`/librarian/payments?library=${other.slug}`, {
            bankName: "Bank Palsu",
            accountNumber: "99999999",
            accountHolder: "Penipu",
          }),
        ),
      ),
    );
    expect(forged.status).toBe(403);
    expect((await prisma.library.findUniqueOrThrow({ where: { id: other.id } })).bankAccountNumber).toBeNull();
    // The database refuses half an account, whatever code writes it.
    await expect(prisma.library.update({ where: { id: other.id }, data: { bankName: "Bank" } })).rejects.toThrow();
  });
});

describe("the producer's shipping fee", { timeout: 60_000 }, () => {
  test("0 < fee ≤ 1 000 000 or off; the checkout total then includes it", async () => {
    const { user, profile } = await createProducer();
    const browser = await browserOf(user.id);
    const post = (fields: Record<string, string>) =>
      settle(() => shippingAction(args(browser.post("/producer/shipping", fields))));
    const fee = async () =>
      (await prisma.producerProfile.findUniqueOrThrow({ where: { id: profile.id } })).shippingFeeIdr;

    for (const refused of ["0", "-5000", "1000001", "lima ribu", ""]) {
      const result = await post({ shipping: "on", feeIdr: refused });
      expect(result.status, refused).toBe(400);
      expect((result.body as { errors: { feeIdr: string } }).errors.feeIdr).toBe("buying.shipping.errors.fee");
    }
    // Cents are named as such rather than read as Rp125.
    const cents = await post({ shipping: "on", feeIdr: "12,5" });
    expect([cents.status, (cents.body as { errors: { feeIdr: string } }).errors.feeIdr]).toEqual([
      400,
      "errors.rupiahDecimals",
    ]);
    expect(await fee()).toBeNull();
    expect((await post({ shipping: "on", feeIdr: "15.000" })).status).toBe(302);
    expect(await fee()).toBe(15_000);
    expect((await post({ shipping: "on", feeIdr: "1000000" })).status).toBe(302);
    expect(await fee()).toBe(1_000_000);
    expect((await post({ shipping: "off", feeIdr: "20000" })).status).toBe(302);
    expect(await fee()).toBeNull();
    await expect(
      prisma.producerProfile.update({ where: { id: profile.id }, data: { shippingFeeIdr: 0 } }),
    ).rejects.toThrow();

    await post({ shipping: "on", feeIdr: "12000" });
    const product = await createProduct({
      producerId: profile.id,
      status: "PUBLISHED",
      variants: [{ priceIdr: 30_000, stock: 5 }],
    });
    const cartId = await cartWith(product.variants[0]!.id);
    // A shipped order is paid by transfer (cash is for pickup at the library desk).
    await prisma.library.update({
      where: { id: product.pickupLibraryId },
      data: { bankName: "BRI", bankAccountNumber: "0123456", bankAccountHolder: "Perpustakaan Desa" },
    });
    const placed = await placeCheckout({
      cartId,
      buyerId: null,
      contact: { name: "Rina", phone: "+6281260009999", paymentMethod: "BANK_TRANSFER" },
      fulfilment: { [profile.id]: { fulfilment: "SHIPPING", address: "Jl. Jamin Ginting 5, Sembahe" } },
      origin: "http://localhost",
    });
    expect(placed.ok).toBe(true);
    const order = await prisma.order.findFirstOrThrow({ where: { producerId: profile.id } });
    expect(order).toMatchObject({ subtotalIdr: 30_000, shippingIdr: 12_000, totalIdr: 42_000 });
  });

  test("without JavaScript, 'recalculate' shows the total with shipping and places nothing", async () => {
    const { user, profile } = await createProducer({ profile: { shippingFeeIdr: 15_000 } });
    const product = await createProduct({
      producerId: profile.id,
      status: "PUBLISHED",
      variants: [{ priceIdr: 20_000, stock: 5 }],
    });
    const browser = await browserOf(user.id);
    const cart = await prisma.cart.create({ data: { userId: user.id } });
    await addToCart(cart.id, product.variants[0]!.id, 2);
    const result = await settle(() =>
      checkoutAction(
        args(
          browser.post("/checkout", {
            intent: "recalculate",
            name: "",
            phone: "",
            [`fulfilment-${profile.id}`]: "SHIPPING",
            paymentMethod: "CASH_AT_PICKUP",
          }),
        ),
      ),
    );
    expect(result.status).toBe(200);
    expect((result.body as { values: Record<string, string> }).values[`fulfilment-${profile.id}`]).toBe("SHIPPING");
    expect((result.body as { errors: Record<string, string> }).errors).toEqual({});
    expect(await prisma.order.count({ where: { producerId: profile.id } })).toBe(0);
  });
});
