// The listing form's fields, read from FormData and checked by one zod schema.
// Error messages are i18n keys under `listings.errors`; error paths are the
// form's input names ("title", "variants.0.priceIdr"), so the form helper's
// field errors land next to their inputs. Client-safe: no node imports.
import { z } from "zod";
import { parseCalendarDate } from "~/platform/dates";
import { rupiahField } from "~/platform/rupiah-input";
import {
  FOOD_KINDS,
  normaliseBpomNumber,
  normaliseHalalNumber,
  normalisePirtNumber,
  PIRT_EXCLUDED_FOOD_KINDS,
} from "../compliance";

export const MAX_VARIANTS = 12;
export const MIN_PRICE_IDR = 100;
export const MAX_PRICE_IDR = 100_000_000;
export const MAX_STOCK = 1_000_000;

const text = (max: number, error = "tooLong") => z.string().trim().max(max, { error });
const optionalText = (max: number) => text(max).transform((value) => (value === "" ? null : value));

/** "15.000", "Rp 15.000", "15000" → 15000 (the one rupiah parser); "15.50" is refused as cents, not read as 1550. */
const price = rupiahField("priceInvalid", {
  min: MIN_PRICE_IDR,
  max: MAX_PRICE_IDR,
  required: "priceRequired",
  decimals: "priceDecimals",
});

const wholeNumber = (error: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error })
    .transform((value) => Number.parseInt(value, 10))
    .pipe(z.number().int().min(min, { error }).max(max, { error }));

const optionalWholeNumber = (error: string, max: number) =>
  z.union([z.literal("").transform(() => null), wholeNumber(error, 1, max)]);

const optionalDate = (error: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === "") return null;
      const day = parseCalendarDate(value);
      if (!day) {
        ctx.addIssue({ code: "custom", message: error });
        return z.NEVER;
      }
      return day;
    });

const normalised = (normalise: (value: string) => string | null, error: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === "") return null;
      const result = normalise(value);
      if (!result) {
        ctx.addIssue({ code: "custom", message: error });
        return z.NEVER;
      }
      return result;
    });

export const VariantInput = z.object({
  id: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => value || undefined),
  name: text(60).min(1, { error: "variantNameRequired" }),
  priceIdr: price,
  stock: wholeNumber("stockInvalid", 0, MAX_STOCK),
  sku: optionalText(40),
});

export const ListingInput = z
  .object({
    title: text(120).min(3, { error: "titleRequired" }),
    description: text(5000),
    categoryId: z.string().trim().min(1, { error: "categoryRequired" }),
    pickupLibraryId: z.string().trim().min(1, { error: "pickupRequired" }),
    foodKind: z.union([z.literal("").transform(() => null), z.enum(FOOD_KINDS)]),
    weightGrams: optionalWholeNumber("weightInvalid", 100_000),
    shelfLifeDays: optionalWholeNumber("shelfLifeInvalid", 3650),
    packaging: optionalText(120),
    ingredients: optionalText(1000),
    allergens: optionalText(300),
    pirtNumber: normalised(normalisePirtNumber, "pirtInvalid"),
    pirtIssuedOn: optionalDate("dateInvalid"),
    bpomNumber: normalised(normaliseBpomNumber, "bpomInvalid"),
    halalCertNumber: normalised(normaliseHalalNumber, "halalInvalid"),
    halalExpiresOn: optionalDate("dateInvalid"),
    variants: z
      .array(VariantInput)
      .min(1, { error: "variantRequired" })
      .max(MAX_VARIANTS, { error: "tooManyVariants" }),
  })
  .superRefine((listing, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (listing.pirtNumber && !listing.pirtIssuedOn) issue("pirtIssuedOn", "pirtDateRequired");
    if (listing.pirtIssuedOn && listing.pirtIssuedOn > new Date()) issue("pirtIssuedOn", "dateInFuture");
    if (listing.pirtNumber && listing.foodKind && PIRT_EXCLUDED_FOOD_KINDS.includes(listing.foodKind)) {
      issue("pirtNumber", "pirtNotAllowed");
    }
    if (listing.halalCertNumber && !listing.halalExpiresOn) issue("halalExpiresOn", "halalExpiryRequired");
    const skus = listing.variants.flatMap((variant) => (variant.sku ? [variant.sku] : []));
    if (new Set(skus).size !== skus.length) issue("variants", "skuDuplicate");
  });

export type ListingInput = z.output<typeof ListingInput>;

/** The fields whose change sends a published listing back to review (price and stock do not). */
export const REVIEWED_FIELDS = [
  "title",
  "categoryId",
  "foodKind",
  "pirtNumber",
  "pirtIssuedOn",
  "bpomNumber",
  "halalCertNumber",
  "halalExpiresOn",
] as const;

/** The fields of a variant row, as the form names them: `variants.<row>.<field>`. */
const VARIANT_FIELDS = ["id", "name", "priceIdr", "stock", "sku", "remove"] as const;

/**
 * Reads the form into the shape ListingInput parses. Variant rows arrive as
 * `variants.<n>.<field>`; a row left completely empty (the spare rows the form
 * offers for adding variants without JavaScript) or ticked "remove" is dropped,
 * so the rows the form shows again after a refusal are the rows parsed, and a
 * field error's path ("variants.1.priceIdr") names the row shown.
 */
export function listingFormValues(formData: FormData) {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const rows = new Map<number, Partial<Record<(typeof VARIANT_FIELDS)[number], string>>>();
  const variantField = new RegExp(`^variants\\.(\\d{1,2})\\.(${VARIANT_FIELDS.join("|")})$`);
  for (const [name, value] of formData) {
    const match = variantField.exec(name);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]!]: value });
  }
  const variants = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => !row.remove && [row.name, row.priceIdr, row.stock, row.sku].some((value) => value?.trim()))
    .map((row) => ({
      id: row.id ?? "",
      name: row.name ?? "",
      priceIdr: row.priceIdr ?? "",
      stock: row.stock ?? "",
      sku: row.sku ?? "",
    }));
  return {
    title: field("title"),
    description: field("description").replace(/\r\n/g, "\n"),
    categoryId: field("categoryId"),
    pickupLibraryId: field("pickupLibraryId"),
    foodKind: field("foodKind"),
    weightGrams: field("weightGrams"),
    shelfLifeDays: field("shelfLifeDays"),
    packaging: field("packaging"),
    ingredients: field("ingredients"),
    allergens: field("allergens"),
    pirtNumber: field("pirtNumber"),
    pirtIssuedOn: field("pirtIssuedOn"),
    bpomNumber: field("bpomNumber"),
    halalCertNumber: field("halalCertNumber"),
    halalExpiresOn: field("halalExpiresOn"),
    variants,
  };
}

export type ListingFormValues = ReturnType<typeof listingFormValues>;

type StoredListing = {
  title: string;
  description: string;
  categoryId: string;
  pickupLibraryId: string;
  foodKind: string | null;
  weightGrams: number | null;
  shelfLifeDays: number | null;
  packaging: string | null;
  ingredients: string | null;
  allergens: string | null;
  pirtNumber: string | null;
  pirtIssuedOn: Date | string | null;
  bpomNumber: string | null;
  halalCertNumber: string | null;
  halalExpiresOn: Date | string | null;
  variants: { id: string; name: string; priceIdr: number; stock: number; sku: string | null }[];
};

const dateValue = (date: Date | string | null) => (date ? new Date(date).toISOString().slice(0, 10) : "");

/** A stored listing as the edit form's starting values. */
export function listingToFormValues(listing: StoredListing): ListingFormValues {
  return {
    title: listing.title,
    description: listing.description,
    categoryId: listing.categoryId,
    pickupLibraryId: listing.pickupLibraryId,
    foodKind: listing.foodKind ?? "",
    weightGrams: listing.weightGrams?.toString() ?? "",
    shelfLifeDays: listing.shelfLifeDays?.toString() ?? "",
    packaging: listing.packaging ?? "",
    ingredients: listing.ingredients ?? "",
    allergens: listing.allergens ?? "",
    pirtNumber: listing.pirtNumber ?? "",
    pirtIssuedOn: dateValue(listing.pirtIssuedOn),
    bpomNumber: listing.bpomNumber ?? "",
    halalCertNumber: listing.halalCertNumber ?? "",
    halalExpiresOn: dateValue(listing.halalExpiresOn),
    variants: listing.variants.map((variant) => ({
      id: variant.id,
      name: variant.name,
      priceIdr: String(variant.priceIdr),
      stock: String(variant.stock),
      sku: variant.sku ?? "",
    })),
  };
}
