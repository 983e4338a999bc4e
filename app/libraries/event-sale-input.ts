// The event-sales form read into sale lines. Its rows come as parallel fields
// (variantId, quantity, unitPriceIdr, repeated once a row); blank rows are
// ignored; a price goes through the one rupiah parser ("12.500", "Rp 12.500";
// cents refused), a blank one means the listed price. Each refusal is a field
// error of its row ("rows.2.quantity"), an i18n key whose message names the
// row. Whether the variants, the date and the stock are right is
// recordEventSale's to say. Client-safe.
import { z } from "zod";
import { readRupiah } from "~/platform/rupiah-input";

/** Rows the form starts with (and how many "add rows" adds), and the most one save takes. */
export const EVENT_SALE_ROWS = 5;
export const MAX_EVENT_SALE_ROWS = 30;

/** The row count asked for (`?rows=` or the add-rows button): a multiple of 5 from 5 to MAX_EVENT_SALE_ROWS. */
export function eventSaleRowCount(asked: string | number | null): number {
  const number = typeof asked === "number" ? asked : Number(asked ?? "");
  if (!Number.isInteger(number)) return EVENT_SALE_ROWS;
  return Math.min(
    MAX_EVENT_SALE_ROWS,
    Math.max(EVENT_SALE_ROWS, Math.ceil(number / EVENT_SALE_ROWS) * EVENT_SALE_ROWS),
  );
}

export type EventSaleRow = { variantId: string; quantity: string; unitPriceIdr: string };
export type EventSaleValues = { eventName: string; soldOn: string; rows: EventSaleRow[] };

const text = (value: FormDataEntryValue | null | undefined) => (typeof value === "string" ? value.trim() : "");

/** The form as typed (trimmed, at most MAX_EVENT_SALE_ROWS rows): what is parsed, and shown again after a refusal. */
export function eventSaleValues(formData: FormData): EventSaleValues {
  const [variantIds, quantities, prices] = ["variantId", "quantity", "unitPriceIdr"].map((name) =>
    formData.getAll(name),
  );
  const count = Math.min(Math.max(variantIds!.length, quantities!.length, prices!.length), MAX_EVENT_SALE_ROWS);
  return {
    eventName: text(formData.get("eventName")),
    soldOn: text(formData.get("soldOn")),
    rows: Array.from({ length: count }, (_, i) => ({
      variantId: text(variantIds![i]),
      quantity: text(quantities![i]),
      unitPriceIdr: text(prices![i]),
    })),
  };
}

/** A count typed by hand: "12", "1.000" or "1 000" (thousands grouped); NaN for anything else ("1,5", "2x"). */
function readCount(typed: string): number {
  const digits = typed.replace(/\s/g, "");
  if (/^\d+$/.test(digits) || /^\d{1,3}(\.\d{3})+$/.test(digits)) return Number(digits.replace(/\./g, ""));
  return Number.NaN;
}

const ERRORS = "eventSales.errors";

const RowSchema = z
  .object({ variantId: z.string(), quantity: z.string(), unitPriceIdr: z.string() })
  .transform((row, ctx) => {
    if (!row.variantId && !row.quantity && !row.unitPriceIdr) return null;
    const refuse = (field: keyof EventSaleRow, reason: string) => {
      ctx.addIssue({ code: "custom", path: [field], message: `${ERRORS}.${reason}` });
      return z.NEVER;
    };
    if (!row.variantId) return refuse("variantId", "incompleteRow");
    if (!row.quantity) return refuse("quantity", "incompleteRow");
    const quantity = readCount(row.quantity);
    if (!(quantity >= 1)) return refuse("quantity", "quantityInvalid");
    if (!row.unitPriceIdr) return { variantId: row.variantId, quantity, unitPriceIdr: undefined };
    const price = readRupiah(row.unitPriceIdr);
    if (!price.ok) return refuse("unitPriceIdr", price.reason === "decimals" ? "priceDecimals" : "priceInvalid");
    return { variantId: row.variantId, quantity, unitPriceIdr: price.amountIdr };
  });

/** Parses eventSaleValues into recordEventSale's input; a form of blank rows only is refused as a whole ("form"). */
export const EventSaleFormSchema = z
  .object({ eventName: z.string(), soldOn: z.string(), rows: z.array(RowSchema) })
  .transform(({ eventName, soldOn, rows }, ctx) => {
    const lines = rows.filter((row) => row !== null);
    if (lines.length === 0) {
      ctx.addIssue({ code: "custom", message: `${ERRORS}.empty` });
      return z.NEVER;
    }
    return { eventName, soldOn, lines };
  });

/** The row a field error belongs to, counted from 1 as the form shows it ("rows.2.quantity" → 3). */
export function rowOfField(field: string): number | undefined {
  const match = /^rows\.(\d+)\./.exec(field);
  return match ? Number(match[1]) + 1 : undefined;
}
