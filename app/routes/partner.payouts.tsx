import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { PayoutError } from "~/orders/ledger.server";
import {
  owedInPartnerArea,
  PartnerPayoutError,
  recentPartnerPayouts,
  recordPartnerPayout,
} from "~/orders/partner-payouts.server";
import { requirePartnerMember } from "~/accounts/scope.server";
import { assertCsrf } from "~/platform/csrf.server";
import { formatRupiah } from "~/platform/money";
import { rupiahField } from "~/platform/rupiah-input";
import { RecordPayoutForm } from "~/orders/payout-form";
import { pageMeta } from "~/ui/meta";
import { useLanguage } from "~/ui/use-language";
import { formatDateTime } from "~/platform/dates";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("buying.partnerPayouts.title") }));

// A partner records money it paid to producers of its area (?partner=<slug> when the person serves several).

export async function loader({ request }: LoaderFunctionArgs) {
  const { partner } = await requirePartnerMember(request);
  const [owed, payouts] = await Promise.all([owedInPartnerArea(partner), recentPartnerPayouts(partner.id)]);
  return { partner: { name: partner.name, slug: partner.slug, hasArea: partner.areaCode !== null }, owed, payouts };
}

const PayoutForm = z.object({
  producerId: z.string().min(1).max(64),
  amountIdr: rupiahField("buying.partnerPayouts.errors.notPositive"),
  reference: z
    .string()
    .trim()
    .min(3, "buying.partnerPayouts.errors.reference")
    .max(100, "buying.partnerPayouts.errors.reference"),
});

export async function action({ request }: ActionFunctionArgs) {
  const { user, partner } = await requirePartnerMember(request);
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const producerId = String(formData.get("producerId") ?? "");
  const parsed = PayoutForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return data(
      { producerId, error: parsed.error.issues[0]?.message ?? "buying.partnerPayouts.errors.notPositive" },
      400,
    );
  }
  try {
    await recordPartnerPayout({ partner, actorId: user.id, ...parsed.data });
  } catch (error) {
    if (error instanceof PartnerPayoutError || error instanceof PayoutError)
      return data({ producerId, error: `buying.partnerPayouts.errors.${error.reason}` }, 409);
    throw error;
  }
  const url = new URL(request.url);
  url.searchParams.set("saved", "1");
  return redirect(`${url.pathname}${url.search}`);
}

export default function PartnerPayouts() {
  const { partner, owed, payouts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("buying.partnerPayouts.title")}</h1>
      {params.get("saved") ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {t("buying.partnerPayouts.saved")}
        </p>
      ) : null}
      {partner.hasArea ? (
        <p>{t("buying.partnerPayouts.intro", { partner: partner.name })}</p>
      ) : (
        <p>{t("buying.partnerPayouts.noArea", { partner: partner.name })}</p>
      )}
      {partner.hasArea && owed.length === 0 ? <p>{t("buying.partnerPayouts.none")}</p> : null}
      <ul className="space-y-3">
        {owed.map((row) => (
          <li key={row.producerId} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold">
                {row.businessName} <span className="font-normal text-stone-700">· {row.libraryName}</span>
              </p>
              <p>
                {t("buying.partnerPayouts.balance")}: <span className="font-bold">{formatRupiah(row.balanceIdr)}</span>
              </p>
            </div>
            <RecordPayoutForm
              producerId={row.producerId}
              balanceIdr={row.balanceIdr}
              error={actionData?.producerId === row.producerId ? actionData.error : undefined}
            />
          </li>
        ))}
      </ul>
      {actionData && !owed.some((row) => row.producerId === actionData.producerId) ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 font-medium text-red-800">
          {t(actionData.error)}
        </p>
      ) : null}
      <section aria-labelledby="recent-payouts" className="space-y-2">
        <h2 id="recent-payouts" className="text-lg font-semibold">
          {t("buying.partnerPayouts.recent")}
        </h2>
        {payouts.length === 0 ? <p>{t("buying.partnerPayouts.noPayouts")}</p> : null}
        <ul className="divide-y divide-stone-200">
          {payouts.map((payout) => (
            <li key={payout.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>{formatDateTime(payout.createdAt, language)}</span>
              <span>{payout.producer.businessName}</span>
              <span className="font-mono">{payout.reference}</span>
              <span className="font-semibold">{formatRupiah(payout.amountIdr)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
