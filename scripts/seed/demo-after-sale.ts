// Demo data for what happens after a sale (issue 15): the demo shopper's open
// bank-transfer order with the demo producer (the producer and the village
// library's librarian find it as unread notifications, each with its mail in
// the outbox), a completed order (the shopper is told, and may review it), and
// the demo producer's consent to publish their WhatsApp number. Orders go
// through createOrderInTransaction, so the notifications are the real ones.
import { giveConsent } from "~/accounts/consents.server";
import type { PrismaClient } from "~/generated/prisma/client";
import { createOrderInTransaction, type NewOrderLine } from "~/orders/order-creation.server";
import { tellOrderEvent } from "~/orders/order-notifications.server";
import { DEMO_ACCOUNTS } from "./demo-accounts";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function writeDemoAfterSale(tx: Transaction, now = new Date()): Promise<void> {
  const [producer, shopper] = await Promise.all([
    tx.producerProfile.findFirst({
      where: { user: { email: DEMO_ACCOUNTS.producer.email } },
      select: {
        id: true,
        userId: true,
        homeLibrary: {
          select: { id: true, name: true, bankName: true, bankAccountNumber: true, bankAccountHolder: true },
        },
        products: {
          where: { status: "PUBLISHED" },
          orderBy: { slug: "asc" },
          take: 2,
          select: {
            title: true,
            variants: {
              orderBy: { id: "asc" },
              take: 1,
              select: { id: true, name: true, priceIdr: true, stock: true },
            },
          },
        },
      },
    }),
    tx.user.findUnique({
      where: { email: DEMO_ACCOUNTS.shopper.email },
      select: { id: true, name: true, phone: true },
    }),
  ]);
  if (!producer || !shopper) return;
  const lines: NewOrderLine[] = producer.products.flatMap((product) =>
    product.variants
      .filter((variant) => variant.stock >= 5)
      .map((variant) => ({
        variantId: variant.id,
        quantity: 1,
        unitPriceIdr: variant.priceIdr,
        productTitle: product.title,
        variantName: variant.name,
      })),
  );
  if (!lines.length) return;
  const library = producer.homeLibrary;
  const contact = {
    name: shopper.name,
    phone: shopper.phone ?? DEMO_ACCOUNTS.shopper.phone,
    email: DEMO_ACCOUNTS.shopper.email,
  };
  const base = {
    producerId: producer.id,
    pickupLibraryId: library.id,
    channel: "ONLINE" as const,
    fulfilment: "PICKUP" as const,
    buyerId: shopper.id,
    actorId: shopper.id,
    contact,
  };

  // Completed ten days ago: the shopper was told, and may review its products.
  const completedAt = new Date(now.getTime() - 10 * 24 * 60 * 60 * 1000);
  const completed = await createOrderInTransaction(tx, {
    ...base,
    paymentMethod: "CASH_AT_PICKUP",
    lines,
    settled: { reference: "KW-DEMO-1", at: completedAt },
  });
  await tellOrderEvent(tx, completed.id, "order.completed");

  // Open: paid by transfer into the library's account, to be confirmed at the desk.
  const bankTransfer = library.bankName && library.bankAccountNumber && library.bankAccountHolder;
  await createOrderInTransaction(tx, {
    ...base,
    paymentMethod: bankTransfer ? "BANK_TRANSFER" : "CASH_AT_PICKUP",
    transferAccount: bankTransfer
      ? {
          payeeName: library.name,
          bankName: library.bankName!,
          accountNumber: library.bankAccountNumber!,
          accountHolder: library.bankAccountHolder!,
          partnerId: null,
        }
      : null,
    lines: lines.slice(0, 1),
  });

  // The plan's stock is what is on the shelf now: put back what these past orders took.
  for (const line of [...lines, lines[0]!]) {
    await tx.productVariant.update({ where: { id: line.variantId }, data: { stock: { increment: line.quantity } } });
  }

  await giveConsent(
    { userId: producer.userId, kind: "WHATSAPP_NUMBER", via: "SELF", actorId: producer.userId, at: completedAt },
    tx,
  );
}
