// Demo data for product reviews (issue 15): the demo shopper reviewed the first
// line of their completed order with the demo producer, who replied (the
// second line is left for the shopper to review); buyers of other producers'
// completed orders (the impact demo's sales) reviewed ten more products, so
// cards, product pages and the rating sort show ratings on a fresh start.
// Written through writeReview: the product ratings and the producer's
// "review received" notification are the real ones.
import type { PrismaClient } from "~/generated/prisma/client";
import { writeReview } from "~/orders/reviews.server";
import { DEMO_ACCOUNTS } from "./demo-accounts";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const DAY_MS = 24 * 60 * 60 * 1000;
const RATINGS = [5, 4, 5, 3, 4, 5, 4, 5, 2, 5];
const BODIES = [
  "Rasanya enak, kemasannya rapi. Akan pesan lagi.",
  "Sesuai foto, pengambilan di perpustakaan mudah.",
  "",
  "Lumayan, tapi agak lama disiapkan.",
  "Bagus untuk oleh-oleh keluarga.",
  "Kualitasnya mantap, terima kasih!",
  "",
  "Produk lokal yang membanggakan.",
  "Kemasan sedikit rusak saat diambil.",
  "Suka sekali, anak-anak juga suka.",
];

const buyerOf = (buyer: { id: string; name: string } | null) =>
  buyer ? { id: buyer.id, name: buyer.name, memberships: [], producerProfile: null } : null;

export async function writeDemoReviews(tx: Transaction, now = new Date()): Promise<void> {
  const shopperOrder = await tx.order.findFirst({
    where: {
      status: "COMPLETED",
      buyer: { email: DEMO_ACCOUNTS.shopper.email },
      producer: { user: { email: DEMO_ACCOUNTS.producer.email } },
      // The after-sale demo's completed order (./demo-after-sale.ts), which the shopper was told of.
      payments: { some: { reference: "KW-DEMO-1" } },
    },
    select: {
      accessToken: true,
      completedAt: true,
      buyer: { select: { id: true, name: true } },
      lines: { orderBy: { id: "asc" }, take: 1, select: { id: true } },
    },
  });
  if (shopperOrder?.lines[0]) {
    const written = new Date(Math.min(now.getTime(), (shopperOrder.completedAt ?? now).getTime() + DAY_MS));
    const { review } = await writeReview(
      tx,
      {
        orderLineId: shopperOrder.lines[0].id,
        user: buyerOf(shopperOrder.buyer),
        accessToken: shopperOrder.accessToken,
        rating: 5,
        body: "Keripiknya renyah dan tidak terlalu manis. Diambil di perpustakaan, sudah dibungkus rapi.",
        now: written,
      },
      null,
    );
    await tx.productReview.update({
      where: { id: review.id },
      data: {
        reply: "Terima kasih, Kak! Ditunggu pesanan berikutnya.",
        repliedAt: new Date(written.getTime() + DAY_MS),
      },
    });
  }

  // One line each of ten other products, from other producers' completed online sales.
  const lines = await tx.orderLine.findMany({
    where: {
      order: {
        status: "COMPLETED",
        channel: "ONLINE",
        producer: { user: { email: { not: DEMO_ACCOUNTS.producer.email } } },
      },
      variant: { product: { status: "PUBLISHED" } },
      review: null,
    },
    orderBy: { id: "asc" },
    take: 200,
    select: {
      id: true,
      variant: { select: { productId: true } },
      order: { select: { accessToken: true, completedAt: true, buyer: { select: { id: true, name: true } } } },
    },
  });
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.size >= RATINGS.length || !line.variant || seen.has(line.variant.productId)) continue;
    const index = seen.size;
    seen.add(line.variant.productId);
    await writeReview(
      tx,
      {
        orderLineId: line.id,
        user: buyerOf(line.order.buyer),
        accessToken: line.order.accessToken,
        rating: RATINGS[index]!,
        body: BODIES[index]!,
        now: new Date(Math.min(now.getTime(), (line.order.completedAt ?? now).getTime() + DAY_MS)),
      },
      null,
    );
  }
}
