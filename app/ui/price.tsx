import { formatRupiah } from "~/platform/money";

export function Price({ amountIdr, className }: { amountIdr: number; className?: string }) {
  return <span className={className}>{formatRupiah(amountIdr)}</span>;
}
