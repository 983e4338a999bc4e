// The event-sales rows parser: prices through the one rupiah parser (thousand
// dots, "Rp", cents refused), blank rows ignored, each refusal on its row.
import { describe, expect, test } from "vitest";
import { parseFormData } from "~/platform/form.server";
import {
  EventSaleFormSchema,
  eventSaleRowCount,
  eventSaleValues,
  MAX_EVENT_SALE_ROWS,
  rowOfField,
} from "./event-sale-input";

type Row = [variantId: string, quantity: string, unitPriceIdr: string];

function formOf(rows: Row[], fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("eventName", fields.eventName ?? " Bazar Ramadan ");
  form.set("soldOn", fields.soldOn ?? "2026-11-28");
  for (const [variantId, quantity, price] of rows) {
    form.append("variantId", variantId);
    form.append("quantity", quantity);
    form.append("unitPriceIdr", price);
  }
  return form;
}

const parse = (rows: Row[]) => {
  const form = formOf(rows);
  return parseFormData(form, EventSaleFormSchema, eventSaleValues);
};

describe("rows into sale lines", () => {
  test("prices with thousand dots, 'Rp' or none are whole rupiah; a blank price is the listed one", () => {
    const parsed = parse([
      ["v1", "2", "12.500"],
      ["v2", "1", "Rp 20.000"],
      ["v3", "3", "7000"],
      ["v4", "1.000", ""],
    ]);
    expect(parsed.ok && parsed.data).toEqual({
      eventName: "Bazar Ramadan",
      soldOn: "2026-11-28",
      lines: [
        { variantId: "v1", quantity: 2, unitPriceIdr: 12_500 },
        { variantId: "v2", quantity: 1, unitPriceIdr: 20_000 },
        { variantId: "v3", quantity: 3, unitPriceIdr: 7_000 },
        { variantId: "v4", quantity: 1_000, unitPriceIdr: undefined },
      ],
    });
  });

  test("blank rows are ignored wherever they stand; a form of blank rows only is refused as a whole", () => {
    const parsed = parse([
      ["", "", ""],
      ["v1", "1", ""],
      ["", " ", ""],
    ]);
    expect(parsed.ok && parsed.data.lines).toEqual([{ variantId: "v1", quantity: 1, unitPriceIdr: undefined }]);
    const blank = parse([
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(!blank.ok && blank.errors).toEqual({ form: "eventSales.errors.empty" });
  });

  test("cents are refused, not read as thousands: '15.50' is not Rp1.550", () => {
    const parsed = parse([
      ["v1", "1", "15.50"],
      ["v2", "1", "20.000,50"],
      ["v3", "1", "dua puluh ribu"],
    ]);
    expect(!parsed.ok && parsed.errors).toEqual({
      "rows.0.unitPriceIdr": "eventSales.errors.priceDecimals",
      "rows.1.unitPriceIdr": "eventSales.errors.priceDecimals",
      "rows.2.unitPriceIdr": "eventSales.errors.priceInvalid",
    });
  });

  test("an incomplete row or a quantity that is no whole count is refused on its own field", () => {
    const parsed = parse([
      ["v1", "", "5.000"],
      ["", "2", ""],
      ["v3", "1,5", ""],
      ["v4", "0", ""],
      ["v5", "1", ""],
    ]);
    expect(!parsed.ok && parsed.errors).toEqual({
      "rows.0.quantity": "eventSales.errors.incompleteRow",
      "rows.1.variantId": "eventSales.errors.incompleteRow",
      "rows.2.quantity": "eventSales.errors.quantityInvalid",
      "rows.3.quantity": "eventSales.errors.quantityInvalid",
    });
    expect(rowOfField("rows.2.quantity")).toBe(3);
    expect(rowOfField("form")).toBeUndefined();
  });
});

describe("the form as typed", () => {
  test("keeps every row as typed (trimmed), at most the rows one save takes", () => {
    const rows = Array.from({ length: MAX_EVENT_SALE_ROWS + 4 }, (_, i): Row => [`v${i}`, " 1 ", ""]);
    const values = eventSaleValues(formOf(rows));
    expect(values.eventName).toBe("Bazar Ramadan");
    expect(values.rows).toHaveLength(MAX_EVENT_SALE_ROWS);
    expect(values.rows[0]).toEqual({ variantId: "v0", quantity: "1", unitPriceIdr: "" });
  });

  test("the rows asked for come in fives, from 5 to the most one save takes", () => {
    expect([null, "", "abc", 0, 3, 5, 6, 12, 99].map(eventSaleRowCount)).toEqual([5, 5, 5, 5, 5, 5, 10, 15, 30]);
  });
});
