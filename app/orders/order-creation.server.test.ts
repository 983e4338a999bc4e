import { describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createProducer, createProduct } from "../../tests/db-utils";
import { producerBalance } from "./ledger.server";
import { createOrderInTransaction } from "./order-creation.server";

describe("creating orders", () => {
  test("a library event sale is created paid and completed through the same module", async () => {
    const { profile, user } = await createProducer();
    const product = await createProduct({
      producerId: profile.id,
      status: "PUBLISHED",
      variants: [{ priceIdr: 12_500, stock: 4 }],
    });
    const order = await prisma.$transaction((tx) =>
      createOrderInTransaction(tx, {
        producerId: profile.id,
        pickupLibraryId: profile.homeLibraryId,
        channel: "LIBRARY_EVENT",
        fulfilment: "PICKUP",
        paymentMethod: "CASH_AT_EVENT",
        contact: { name: "Pembeli di bazar", phone: "-" },
        lines: [
          {
            variantId: product.variants[0]!.id,
            quantity: 3,
            unitPriceIdr: 12_500,
            productTitle: product.title,
            variantName: "250 g",
          },
        ],
        actorId: user.id,
        settled: { reference: "Bazar Hari Kunjung Perpustakaan" },
      }),
    );
    expect(order).toMatchObject({ status: "COMPLETED", totalIdr: 37_500, channel: "LIBRARY_EVENT" });
    expect(await producerBalance(profile.id)).toBe(37_500);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: product.variants[0]!.id } })).stock).toBe(1);
  });
});
