// What sellers publish for buyers to pay and receive: the library's bank
// account (bank transfer is offered at checkout for its producers once it is
// there) and the producer's flat shipping fee (shipping is offered once set).
// Error messages are i18n keys.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { prisma } from "~/platform/db.server";

// ---------------------------------------------------------------- the library's bank account

export const BankAccountSchema = z.object({
  bankName: z
    .string()
    .trim()
    .min(2, "buying.bankAccount.errors.bankName")
    .max(60, "buying.bankAccount.errors.bankName"),
  // People type numbers as printed: "0123-01-000123-50-1", "0123 0100 0123"; we keep the digits.
  accountNumber: z
    .string()
    .transform((value) => value.replace(/[\s.-]/g, ""))
    .pipe(z.string().regex(/^\d{5,20}$/, "buying.bankAccount.errors.accountNumber")),
  accountHolder: z
    .string()
    .trim()
    .min(3, "buying.bankAccount.errors.accountHolder")
    .max(100, "buying.bankAccount.errors.accountHolder"),
});
export type BankAccount = z.infer<typeof BankAccountSchema>;

export function libraryBankAccount(libraryId: string) {
  return prisma.library.findUniqueOrThrow({
    where: { id: libraryId },
    select: { bankName: true, bankAccountNumber: true, bankAccountHolder: true },
  });
}

/**
 * Publishes (or, with null, withdraws) the library's bank account. The caller
 * has checked that `actorId` may act for the library; the change is audited
 * with the library, so the province's admins read it at /admin/audit.
 */
export async function publishBankAccount(libraryId: string, actorId: string, account: BankAccount | null) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.library.findUniqueOrThrow({
      where: { id: libraryId },
      select: { bankName: true, bankAccountNumber: true, bankAccountHolder: true },
    });
    const after = {
      bankName: account?.bankName ?? null,
      bankAccountNumber: account?.accountNumber ?? null,
      bankAccountHolder: account?.accountHolder ?? null,
    };
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await tx.library.update({ where: { id: libraryId }, data: after });
    await recordAudit(tx, {
      actorId,
      action: account ? "library.bank_account.publish" : "library.bank_account.remove",
      entityType: "Library",
      entityId: libraryId,
      before,
      after,
      libraryId,
    });
  });
}

// ---------------------------------------------------------------- the producer's shipping fee

export const MAX_SHIPPING_FEE_IDR = 1_000_000;

export const ShippingSchema = z.discriminatedUnion("shipping", [
  z.object({ shipping: z.literal("off") }),
  z.object({
    shipping: z.literal("on"),
    // "15.000" and "15000" are the same fee to a person typing it.
    feeIdr: z
      .string()
      .transform((value) => (value.trim() === "" ? Number.NaN : Number(value.replace(/[\s.]/g, ""))))
      .pipe(
        z
          .number("buying.shipping.errors.fee")
          .int("buying.shipping.errors.fee")
          .min(1, "buying.shipping.errors.fee")
          .max(MAX_SHIPPING_FEE_IDR, "buying.shipping.errors.fee"),
      ),
  }),
]);

/** Sets the producer's own flat shipping fee; null stops shipping (pickup only). */
export async function setShippingFee(producerId: string, feeIdr: number | null) {
  if (feeIdr !== null && (!Number.isInteger(feeIdr) || feeIdr < 1 || feeIdr > MAX_SHIPPING_FEE_IDR)) {
    throw new RangeError(`shipping fee out of range: ${feeIdr}`);
  }
  await prisma.producerProfile.update({ where: { id: producerId }, data: { shippingFeeIdr: feeIdr } });
}
