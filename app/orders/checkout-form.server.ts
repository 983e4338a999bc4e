// The checkout form: the buyer's contact and payment choice, and per
// producer's order pickup or shipping to an address. Error messages are i18n
// keys under the fields' names.
import { z } from "zod";
import { prisma } from "~/platform/db.server";
import { formValues, parseFormData, type FieldErrors } from "~/platform/form.server";
import { normaliseIndonesianPhone } from "~/platform/phone";

export const ONLINE_PAYMENT_METHODS = ["CASH_AT_PICKUP", "BANK_TRANSFER", "STRIPE"] as const;
export type OnlinePaymentMethod = (typeof ONLINE_PAYMENT_METHODS)[number];

/** The contact and payment part of the checkout form. */
export const CheckoutContactSchema = z.object({
  name: z.string().trim().min(2, "buying.checkout.errors.name").max(100, "buying.checkout.errors.name"),
  phone: z
    .string()
    .trim()
    .transform((value, ctx) => {
      const phone = normaliseIndonesianPhone(value);
      if (!phone) ctx.addIssue({ code: "custom", message: "orders.errors.phone" });
      return phone ?? "";
    }),
  email: z
    .string()
    .trim()
    .max(200, "orders.errors.email")
    .optional()
    .transform((value) => (value ? value.toLowerCase() : undefined))
    .pipe(z.email("orders.errors.email").optional()),
  paymentMethod: z.enum(ONLINE_PAYMENT_METHODS, "orders.errors.paymentMethod"),
});

export const FulfilmentSchema = z.discriminatedUnion("fulfilment", [
  z.object({ fulfilment: z.literal("PICKUP") }),
  z.object({
    fulfilment: z.literal("SHIPPING"),
    address: z.string().trim().min(10, "orders.errors.address").max(500, "orders.errors.address"),
  }),
]);

export type CheckoutContact = z.infer<typeof CheckoutContactSchema>;
export type FulfilmentChoice = z.infer<typeof FulfilmentSchema>;

/** What the contact fields start with for a signed-in shopper: their own name, phone and e-mail. */
export async function contactDefaults(userId: string | null) {
  const profile = userId
    ? await prisma.user.findUnique({ where: { id: userId }, select: { name: true, phone: true, email: true } })
    : null;
  return { name: profile?.name ?? "", phone: profile?.phone ?? "", email: profile?.email ?? "" };
}

export type CheckoutForm =
  | { ok: true; contact: CheckoutContact; fulfilment: Record<string, FulfilmentChoice> }
  | { ok: false; errors: FieldErrors };

/**
 * The checkout form: the contact and payment fields, and per producer's order
 * (`fulfilment-<producerId>`, `address-<producerId>`) pickup or shipping to an
 * address. Errors are i18n keys under the fields' names.
 */
export function readCheckoutForm(formData: FormData, producerIds: string[]): CheckoutForm {
  const contact = parseFormData(formData, CheckoutContactSchema, (form) => ({
    ...formValues(form),
    email: form.get("email") || undefined, // left empty: no e-mail
  }));
  const errors: FieldErrors = contact.ok ? {} : contact.errors;
  const fulfilment: Record<string, FulfilmentChoice> = {};
  for (const producerId of producerIds) {
    const choice = FulfilmentSchema.safeParse({
      fulfilment: formData.get(`fulfilment-${producerId}`) ?? "PICKUP",
      address: formData.get(`address-${producerId}`) ?? undefined,
    });
    if (choice.success) fulfilment[producerId] = choice.data;
    else errors[`address-${producerId}`] = choice.error.issues[0]?.message ?? "orders.errors.address";
  }
  if (!contact.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, contact: contact.data, fulfilment };
}
