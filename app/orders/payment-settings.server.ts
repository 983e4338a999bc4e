// What sellers publish for buyers to pay and receive: the bank account of a
// library or a cooperative (bank transfer is offered at checkout for the
// producers it serves, see transfer-accounts.server.ts) and the producer's flat
// shipping fee (shipping is offered once set). Error messages are i18n keys.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import { provinceOf } from "~/platform/area-codes";
import { prisma } from "~/platform/db.server";
import { type FieldErrors, parseFormData } from "~/platform/form.server";
import { rupiahField } from "~/platform/rupiah-input";

// ---------------------------------------------------------------- the published bank account

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

/** Who publishes an account: a library (its librarians) or a cooperative (its members). */
export type AccountOwner = { libraryId: string } | { partnerId: string };

const accountColumns = { bankName: true, bankAccountNumber: true, bankAccountHolder: true } as const;

type Db = Pick<Prisma.TransactionClient, "library" | "partner">;

function readAccount(db: Db, owner: AccountOwner) {
  return "libraryId" in owner
    ? db.library.findUniqueOrThrow({ where: { id: owner.libraryId }, select: accountColumns })
    : db.partner.findUniqueOrThrow({ where: { id: owner.partnerId }, select: accountColumns });
}

export function publishedBankAccount(owner: AccountOwner) {
  return readAccount(prisma, owner);
}

/**
 * Publishes (or, with null, withdraws) the owner's bank account. The caller
 * has checked that `actorId` may act for the owner. The change is audited: a
 * library's with the library, so the province's admins read it at /admin/audit.
 */
export async function publishBankAccount(owner: AccountOwner, actorId: string, account: BankAccount | null) {
  await prisma.$transaction(async (tx) => {
    const before = await readAccount(tx, owner);
    const after = {
      bankName: account?.bankName ?? null,
      bankAccountNumber: account?.accountNumber ?? null,
      bankAccountHolder: account?.accountHolder ?? null,
    };
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    const verb = account ? "publish" : "remove";
    if ("libraryId" in owner) {
      await tx.library.update({ where: { id: owner.libraryId }, data: after });
      await recordAudit(tx, {
        actorId,
        action: `library.bank_account.${verb}`,
        entityType: "Library",
        entityId: owner.libraryId,
        before,
        after,
        libraryId: owner.libraryId,
      });
    } else {
      const { areaCode } = await tx.partner.update({
        where: { id: owner.partnerId },
        data: after,
        select: { areaCode: true },
      });
      await recordAudit(tx, {
        actorId,
        action: `partner.bank_account.${verb}`,
        entityType: "Partner",
        entityId: owner.partnerId,
        before,
        after,
        provinceCode: areaCode ? provinceOf(areaCode) : null,
      });
    }
  });
}

export type BankAccountFormResult =
  { ok: true; notice: "saved" | "removed" } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * The bank-account form, the same for librarians and cooperatives: publish,
 * change, or withdraw (intent=remove). `formData` has passed the CSRF check
 * (`readForm`).
 */
export async function applyBankAccountForm(
  formData: FormData,
  owner: AccountOwner,
  actorId: string,
): Promise<BankAccountFormResult> {
  if (formData.get("intent") === "remove") {
    await publishBankAccount(owner, actorId, null);
    return { ok: true, notice: "removed" };
  }
  const form = parseFormData(formData, BankAccountSchema, (fields) => ({
    bankName: String(fields.get("bankName") ?? ""),
    accountNumber: String(fields.get("accountNumber") ?? ""),
    accountHolder: String(fields.get("accountHolder") ?? ""),
  }));
  if (!form.ok) {
    const { bankName = "", accountNumber = "", accountHolder = "" } = form.values;
    return { ok: false, errors: form.errors, values: { bankName, accountNumber, accountHolder } };
  }
  await publishBankAccount(owner, actorId, form.data);
  return { ok: true, notice: "saved" };
}

// ---------------------------------------------------------------- the producer's shipping fee

export const MAX_SHIPPING_FEE_IDR = 1_000_000;

export const ShippingSchema = z.discriminatedUnion("shipping", [
  z.object({ shipping: z.literal("off") }),
  z.object({
    shipping: z.literal("on"),
    feeIdr: rupiahField("buying.shipping.errors.fee", { max: MAX_SHIPPING_FEE_IDR }),
  }),
]);

/** The producer's flat shipping fee per order; null when they do not ship (pickup only). */
export async function shippingFeeOf(producerId: string): Promise<number | null> {
  const { shippingFeeIdr } = await prisma.producerProfile.findUniqueOrThrow({
    where: { id: producerId },
    select: { shippingFeeIdr: true },
  });
  return shippingFeeIdr;
}

/** The shipping form's fields: the radio's choice ("on" or, for anything else, "off") and the fee. */
export const shippingFormInput = (formData: FormData) => ({
  shipping: formData.get("shipping") === "on" ? "on" : "off",
  feeIdr: formData.get("feeIdr"),
});

/** Sets the producer's own flat shipping fee; null stops shipping (pickup only). */
export async function setShippingFee(producerId: string, feeIdr: number | null) {
  if (feeIdr !== null && (!Number.isInteger(feeIdr) || feeIdr < 1 || feeIdr > MAX_SHIPPING_FEE_IDR)) {
    throw new RangeError(`shipping fee out of range: ${feeIdr}`);
  }
  await prisma.producerProfile.update({ where: { id: producerId }, data: { shippingFeeIdr: feeIdr } });
}
