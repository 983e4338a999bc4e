// Writing CSV that spreadsheet apps open safely: every text cell quoted, and a
// cell that a spreadsheet would read as a formula neutralised.

// OWASP "CSV injection": a cell starting with =, +, -, @, a tab or a carriage
// return can be run as a formula (some apps drop the leading tab or CR and read
// what follows). A leading apostrophe makes the spreadsheet show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text quoted (quotes doubled, formulas neutralised), numbers as they are. */
export const csvCell = (value: string | number) => {
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
};
