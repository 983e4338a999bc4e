// Producer forms' validation: sign-up, profile and the baseline questionnaire.
// Messages are i18n keys under `onboarding.errors`. Client-safe.
import { z } from "zod";
import { normaliseNib } from "~/catalog/compliance";
import { normaliseIndonesianPhone } from "~/platform/phone";
import { rupiahField } from "~/platform/rupiah-input";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }));

const optionalCode = z
  .string()
  .trim()
  .max(40)
  .transform((value) => value || null);

/** The producer's part of sign-up; a logged-in person gives only this. */
export const ProducerApplicationInput = z.object({
  phone: z
    .string()
    .trim()
    .transform((value, ctx) => {
      const phone = normaliseIndonesianPhone(value);
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "phoneInvalid" });
        return z.NEVER;
      }
      return phone;
    }),
  homeLibraryId: z.string().trim().min(1, { error: "libraryRequired" }),
  businessName: z.string().trim().min(2, { error: "businessNameRequired" }).max(80, { error: "tooLong" }),
  villageCode: optionalCode,
  nib: z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const nib = normaliseNib(value);
      if (!nib) {
        ctx.addIssue({ code: "custom", message: "nibInvalid" });
        return z.NEVER;
      }
      return nib;
    }),
});

/**
 * A newcomer also gives a name, e-mail and password to log in with later.
 * issue 16: many producers have no e-mail: left empty, they log in with the
 * phone number they gave (already E.164), as phone log-in expects.
 */
export const ProducerSignupInput = ProducerApplicationInput.extend({
  name: z.string().trim().min(1, { error: "nameRequired" }).max(120, { error: "tooLong" }),
  email: z
    .string()
    .trim()
    .transform((value) => value || null)
    .pipe(email.nullable()),
  password: z.string().min(8, { error: "passwordTooShort" }).max(200, { error: "tooLong" }),
});

/** The largest monthly income the questionnaire takes as typed (a typo past it is refused, not stored). */
export const MAX_MONTHLY_INCOME_IDR = 2_000_000_000;

const SIGNUP_FIELDS = ["name", "email", "password", "phone", "homeLibraryId", "businessName", "villageCode", "nib"];

/** The sign-up form's fields for ProducerApplicationInput / ProducerSignupInput; a field not sent is empty. */
export function signupFormValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    SIGNUP_FIELDS.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === "string" ? value : ""];
    }),
  );
}

export const INCOME_RANGES = [
  { key: "under1m", minIdr: 0, maxIdr: 999_999 },
  { key: "1to3m", minIdr: 1_000_000, maxIdr: 2_999_999 },
  { key: "3to5m", minIdr: 3_000_000, maxIdr: 4_999_999 },
  { key: "5to10m", minIdr: 5_000_000, maxIdr: 9_999_999 },
  { key: "over10m", minIdr: 10_000_000, maxIdr: null },
] as const;

/**
 * Baseline questionnaire: income as a range or an exact amount (the amount
 * wins when both are given), main product type, household size, consent.
 */
export const BaselineInput = z
  .object({
    incomeRange: z.union([z.literal(""), z.enum(INCOME_RANGES.map((range) => range.key))]),
    // Optional: left empty, the range answers. Read by the one rupiah parser ("2.500.000", "Rp 2.500.000").
    incomeAmount: z
      .string()
      .trim()
      .transform((value) => value || undefined)
      .pipe(
        rupiahField("incomeInvalid", { min: 0, max: MAX_MONTHLY_INCOME_IDR, decimals: "incomeDecimals" }).optional(),
      )
      .transform((amount) => amount ?? null),
    mainCategoryId: optionalCode,
    householdSize: z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, { error: "householdInvalid" })
      .transform(Number)
      .pipe(z.number().int().min(1, { error: "householdInvalid" }).max(50, { error: "householdInvalid" })),
    consent: z.enum(["yes", "no"], { error: "consentRequired" }),
  })
  .superRefine((value, ctx) => {
    if (value.incomeAmount === null && value.incomeRange === "") {
      ctx.addIssue({ code: "custom", path: ["incomeRange"], message: "incomeRequired" });
    }
  })
  .transform(({ incomeRange, incomeAmount, mainCategoryId, householdSize, consent }) => {
    const range = INCOME_RANGES.find((candidate) => candidate.key === incomeRange);
    return {
      monthlyIncomeMinIdr: incomeAmount ?? range!.minIdr,
      monthlyIncomeMaxIdr: incomeAmount ?? range!.maxIdr,
      mainCategoryId,
      householdSize,
      consentToImpactReports: consent === "yes",
    };
  });

export type BaselineValues = z.output<typeof BaselineInput>;

export const ProfileInput = z.object({
  businessName: z.string().trim().min(2, { error: "businessNameRequired" }).max(80, { error: "tooLong" }),
  story: z.string().trim().max(3000, { error: "tooLong" }),
});
