// The one money formatter. Money is integer rupiah everywhere; shown as
// "Rp15.000" (Indonesian grouping, no decimals, no space after "Rp").
const rupiahDigits = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

export function formatRupiah(amountIdr: number): string {
  if (!Number.isInteger(amountIdr)) throw new TypeError(`Rupiah amounts are integers, got ${amountIdr}`);
  const sign = amountIdr < 0 ? "-" : "";
  return `${sign}Rp${rupiahDigits.format(Math.abs(amountIdr))}`;
}
