import { useTranslation } from "~/platform/i18n/react";
import { LOW_STOCK_THRESHOLD } from "~/platform/stock";

export function StockLabel({ stock }: { stock: number }) {
  const { t } = useTranslation();
  if (stock <= 0) return <span className="font-medium text-red-800">{t("catalog.soldOut")}</span>;
  if (stock <= LOW_STOCK_THRESHOLD)
    return <span className="font-medium text-amber-800">{t("catalog.lowStock", { count: stock })}</span>;
  return <span className="text-stone-700">{t("catalog.inStock", { count: stock })}</span>;
}
