import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("cart.title") }));

export default function Cart() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-bold">{t("cart.title")}</h1>
      <p className="mt-4">{t("cart.empty")}</p>
      <Link to="/products" className="bg-brand-700 mt-4 inline-block rounded-md px-4 py-2 font-medium text-white">
        {t("cart.browse")}
      </Link>
    </div>
  );
}
