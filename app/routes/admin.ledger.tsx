import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireAdmin } from "~/accounts/scope.server";
import { owedToProducers } from "~/orders/ledger.server";
import { OwedProducer } from "~/orders/payout-form";
import { payoutFormAction, recordAdminPayout } from "~/orders/payouts.server";
import { formatRupiah } from "~/platform/money";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("orders.ledgerTitle") }));

// What is owed to each producer of the admin's provinces, and the payouts recorded against it.
export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAdmin(request);
  return { rows: await owedToProducers(scope) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, scope } = await requireAdmin(request);
  return payoutFormAction(
    request,
    (input) => recordAdminPayout(user, scope, input),
    new URL("/admin/ledger", request.url),
  );
}

const KINDS = ["SALE", "PLATFORM_FEE", "REFUND", "FEE_REVERSAL", "PAYOUT"] as const;

export default function Ledger() {
  const { rows } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("orders.ledgerTitle")}</h1>
        <a href="/admin/ledger/csv" className="underline" download>
          {t("orders.exportCsv")}
        </a>
      </div>
      <p>{t("orders.ledgerIntro")}</p>
      {params.get("saved") ? <Notice>{t("orders.payoutSaved")}</Notice> : null}
      {rows.length === 0 ? <p>{t("orders.none")}</p> : null}
      <ul className="space-y-3">
        {rows.map((row) => (
          <OwedProducer
            key={row.producerId}
            row={row}
            refusal={refusal}
            details={
              <p className="text-sm text-stone-700">
                {KINDS.map((kind) => `${t(`orders.ledgerKinds.${kind}`)} ${formatRupiah(row.byKind[kind])}`).join(
                  " · ",
                )}
              </p>
            }
          />
        ))}
      </ul>
    </div>
  );
}
