// Whose WhatsApp number may be shown (issue 15): only a person whose
// WHATSAPP_NUMBER consent is in force (the consent ledger), and only as the
// digits of their E.164 number, for a wa.me click-to-chat link. A library's
// number is that of its longest-serving librarian who agreed to publish theirs.
import { prisma } from "~/platform/db.server";
import { consentInForce } from "./consents.server";

/** "+62 812-3456-7890" → "6281234567890"; null when fewer than 8 digits remain. */
export function whatsappDigits(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").replace(/\D/g, "");
  return digits.length >= 8 && digits.length <= 15 ? digits : null;
}

/** The published numbers of these people (user id → digits); people without consent or phone are left out. */
export async function publishedWhatsappNumbers(userIds: string[]): Promise<Map<string, string>> {
  if (!userIds.length) return new Map();
  const people = await prisma.user.findMany({
    where: { id: { in: userIds }, phone: { not: null }, ...consentInForce("WHATSAPP_NUMBER") },
    select: { id: true, phone: true },
  });
  const numbers = new Map<string, string>();
  for (const person of people) {
    const digits = whatsappDigits(person.phone);
    if (digits) numbers.set(person.id, digits);
  }
  return numbers;
}

/** A library's published number: its longest-serving librarian who agreed to publish theirs, or null. */
export async function libraryWhatsappNumber(libraryId: string): Promise<string | null> {
  const librarians = await prisma.roleMembership.findMany({
    where: { role: "LIBRARIAN", libraryId, user: { phone: { not: null }, ...consentInForce("WHATSAPP_NUMBER") } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1,
    select: { user: { select: { phone: true } } },
  });
  return whatsappDigits(librarians[0]?.user.phone);
}

/** A producer's published number, or null. */
export async function producerWhatsappNumber(producer: { id: string } | { slug: string }): Promise<string | null> {
  const person = await prisma.user.findFirst({
    where: { producerProfile: producer, phone: { not: null }, ...consentInForce("WHATSAPP_NUMBER") },
    select: { phone: true },
  });
  return whatsappDigits(person?.phone);
}

/** The numbers an order's page offers: its producer's and its pickup library's (each null when not published). */
export async function orderWhatsappNumbers(order: { producerId: string; pickupLibraryId: string }) {
  const [producer, library] = await Promise.all([
    producerWhatsappNumber({ id: order.producerId }),
    libraryWhatsappNumber(order.pickupLibraryId),
  ]);
  return { producer, library };
}
