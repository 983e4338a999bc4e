// Demo data for order messages (issue 15): the demo shopper asks about their
// open order with the demo producer, the producer answers, and the shopper
// writes again, so the producer finds the thread unanswered at the top of
// their order list. Written with the thread summary the app keeps.
import type { PrismaClient } from "~/generated/prisma/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const MINUTE = 60_000;

export async function writeDemoOrderMessages(tx: Transaction, now = new Date()): Promise<void> {
  const order = await tx.order.findFirst({
    where: {
      buyer: { email: DEMO_ACCOUNTS.shopper.email },
      producer: { user: { email: DEMO_ACCOUNTS.producer.email } },
      completedAt: null,
      cancelledAt: null,
    },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      buyerId: true,
      producerId: true,
      contactName: true,
      producer: { select: { businessName: true, userId: true } },
    },
  });
  if (!order) return;
  const buyerName = order.contactName.split(/\s+/)[0] ?? order.contactName;
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * MINUTE);
  await tx.orderMessage.createMany({
    data: [
      {
        orderId: order.id,
        party: "BUYER",
        authorId: order.buyerId,
        authorName: buyerName,
        body: "Selamat siang, apakah pesanan saya bisa diambil hari Sabtu?",
        createdAt: at(180),
      },
      {
        orderId: order.id,
        party: "PRODUCER",
        authorId: order.producer.userId,
        authorName: order.producer.businessName,
        body: "Bisa, Bu. Saya antar ke perpustakaan Jumat sore.",
        createdAt: at(150),
      },
      {
        orderId: order.id,
        party: "BUYER",
        authorId: order.buyerId,
        authorName: buyerName,
        body: "Terima kasih! Boleh dibungkus dua kantong terpisah?",
        createdAt: at(20),
      },
    ],
  });
  await tx.orderThread.create({
    data: {
      orderId: order.id,
      producerId: order.producerId,
      lastMessageAt: at(20),
      lastParty: "BUYER",
      openedAt: at(180),
      firstReplyAt: at(150),
      messageCount: 3,
    },
  });
}
