import type { Messages } from "../../id";

export const eventSales: Messages["eventSales"] = {
  menu: "Event sales",
  title: "Sales at library events",
  intro:
    "Record cash sales at a bazaar or exhibition. Each line becomes a paid, completed order, the stock goes down, and the sale counts in the producer's balance. Blank rows are ignored.",
  eventName: "Event name",
  eventNameHint: "For example: Library Visit Day Bazaar",
  soldOn: "Date of sale",
  row: "Row {{row}}",
  variant: "Product and variant",
  chooseVariant: "— choose —",
  variantOption: "{{product}} – {{variant}} ({{producer}}), {{price}}, stock {{stock}}",
  quantity: "Quantity",
  unitPrice: "Unit price (Rp)",
  unitPriceHint: "Leave blank for the catalogue price",
  addRowsHint: "More than {{count}} rows? Save these, then fill in the form again.",
  submit: "Save sales",
  noProducts: "No published products from this library's producers yet.",
  saved_one: "Sales saved: order {{codes}}.",
  saved_other: "Sales saved: {{count}} orders ({{codes}}).",
  errors: {
    invalid: "Check the entry: event name, date (not in the future), whole quantities above 0, and prices.",
    empty: "Fill in at least one row.",
    incompleteRow: "Row {{row}} is incomplete: choose a variant and enter the quantity.",
    notInLibrary: "A product is not sold through this library. Nothing was saved.",
    soldOut: "Not enough stock for: {{products}}. Nothing was saved.",
    quantityInvalid: "Row {{row}}: the quantity must be a whole number, at least 1.",
    priceInvalid: "Row {{row}}: the unit price cannot be read. Write, for example, 15.000.",
    priceDecimals: "Row {{row}}: rupiah are written without cents (15.000, not 15.000,50).",
  },
};
