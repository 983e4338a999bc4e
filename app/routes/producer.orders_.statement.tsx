import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireProducer } from "~/accounts/scope.server";
import { producerStatement } from "~/orders/ledger.server";
import { formatDateTime } from "~/platform/dates";
import { formatRupiah } from "~/platform/money";
import { pageMeta } from "~/ui/meta";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("orders.statement") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  return producerStatement(producer.id);
}

export default function Statement() {
  const { balanceIdr, lines } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("orders.statement")}</h1>
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <p>{t("orders.balance")}</p>
        <p className="text-3xl font-bold">{formatRupiah(balanceIdr)}</p>
        <p className="text-sm text-stone-700">{t("orders.balanceHint")}</p>
      </div>
      {lines.length === 0 ? (
        <p>{t("orders.none")}</p>
      ) : (
        // On a phone the date sits above the description, so three columns fit 360 px.
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="hidden py-1 pr-2 sm:table-cell">
                  {t("orders.date")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("orders.statementEntry")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("orders.amount")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("orders.balanceAfter")}
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => {
                const date = formatDateTime(line.createdAt, language);
                return (
                  <tr key={line.id} className="border-b border-stone-200 align-top">
                    <td className="hidden py-1 pr-2 sm:table-cell">{date}</td>
                    <td className="py-1 pr-2">
                      <span className="block text-xs text-stone-700 sm:hidden">{date}</span>
                      {t(`orders.ledgerKinds.${line.kind}`)}{" "}
                      <span className="break-all">{line.order?.code ?? line.payout?.reference ?? ""}</span>
                    </td>
                    <td className="py-1 pr-2 text-right whitespace-nowrap">{formatRupiah(line.amountIdr)}</td>
                    <td className="py-1 text-right whitespace-nowrap">{formatRupiah(line.balanceAfterIdr)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
