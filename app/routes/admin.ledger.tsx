import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { adminCovers, requireAdmin } from "~/accounts/scope.server";
import { forbidden } from "~/platform/http-errors";
import { owedToProducers, PayoutError, recordPayout } from "~/orders/ledger.server";
import { recordAudit } from "~/accounts/audit.server";
import { assertCsrf } from "~/platform/csrf.server";
import { prisma } from "~/platform/db.server";
import { formatRupiah } from "~/platform/money";
import { RecordPayoutForm } from "~/orders/payout-form";
import { pageMeta } from "~/ui/meta";
import { rupiahField } from "~/platform/rupiah-input";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("orders.ledgerTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAdmin(request);
  return { rows: await owedToProducers(scope) };
}

const PayoutForm = z.object({
  producerId: z.string().min(1),
  amountIdr: rupiahField("orders.payoutErrors.notPositive"),
  reference: z.string().trim().min(3, "orders.payoutErrors.reference").max(100, "orders.payoutErrors.reference"),
});

export async function action({ request }: ActionFunctionArgs) {
  const { user, scope } = await requireAdmin(request);
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const parsed = PayoutForm.safeParse(Object.fromEntries(formData));
  const producerId = String(formData.get("producerId") ?? "");
  if (!parsed.success)
    return data({ producerId, error: parsed.error.issues[0]?.message ?? "orders.payoutErrors.notPositive" }, 400);
  const producer = await prisma.producerProfile.findUnique({
    where: { id: parsed.data.producerId },
    select: { userId: true, homeLibrary: { select: { provinceCode: true } } },
  });
  if (!producer || !adminCovers(scope, producer.homeLibrary.provinceCode)) throw forbidden();
  try {
    await recordPayout({
      ...parsed.data,
      recordedById: user.id,
      // The audit row lands in the payout's own transaction.
      onRecorded: (tx, payout) =>
        recordAudit(tx, {
          actorId: user.id,
          subjectUserId: producer.userId,
          action: "payout.record",
          entityType: "Payout",
          entityId: payout.id,
          after: { amountIdr: payout.amountIdr, reference: payout.reference },
        }),
    });
  } catch (error) {
    if (error instanceof PayoutError) return data({ producerId, error: `orders.payoutErrors.${error.reason}` }, 409);
    throw error;
  }
  return redirect("/admin/ledger?saved=1");
}

export default function Ledger() {
  const { rows } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
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
      {params.get("saved") ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {t("orders.payoutSaved")}
        </p>
      ) : null}
      {rows.length === 0 ? <p>{t("orders.none")}</p> : null}
      <ul className="space-y-3">
        {rows.map((row) => (
          <li key={row.producerId} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold">
                {row.businessName} <span className="font-normal text-stone-700">· {row.libraryName}</span>
              </p>
              <p className="text-lg font-bold">{formatRupiah(row.balanceIdr)}</p>
            </div>
            <p className="text-sm text-stone-700">
              {(["SALE", "PLATFORM_FEE", "REFUND", "FEE_REVERSAL", "PAYOUT"] as const)
                .map((kind) => `${t(`orders.ledgerKinds.${kind}`)} ${formatRupiah(row.byKind[kind])}`)
                .join(" · ")}
            </p>
            {row.balanceIdr > 0 ? (
              <RecordPayoutForm
                producerId={row.producerId}
                balanceIdr={row.balanceIdr}
                error={actionData?.producerId === row.producerId ? actionData.error : undefined}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
