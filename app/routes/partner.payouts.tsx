import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requirePartnerMember } from "~/accounts/scope.server";
import { OwedProducer } from "~/orders/payout-form";
import {
  owedInPartnerArea,
  payoutFormAction,
  recentPartnerPayouts,
  recordPartnerPayout,
} from "~/orders/payouts.server";
import { formatDateTime } from "~/platform/dates";
import { formatRupiah } from "~/platform/money";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("buying.partnerPayouts.title") }));

// A partner records money it paid to producers of its area (?partner=<slug> when the person serves several).

export async function loader({ request }: LoaderFunctionArgs) {
  const { partner } = await requirePartnerMember(request);
  const [owed, payouts] = await Promise.all([owedInPartnerArea(partner), recentPartnerPayouts(partner.id)]);
  return { partner: { name: partner.name, slug: partner.slug, hasArea: partner.areaCode !== null }, owed, payouts };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, partner } = await requirePartnerMember(request);
  // Back to the same page, the same partner chosen.
  return payoutFormAction(request, (input) => recordPartnerPayout(user, partner, input), new URL(request.url));
}

export default function PartnerPayouts() {
  const { partner, owed, payouts } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("buying.partnerPayouts.title")}</h1>
      {params.get("saved") ? <Notice>{t("orders.payoutSaved")}</Notice> : null}
      {partner.hasArea ? (
        <p>{t("buying.partnerPayouts.intro", { partner: partner.name })}</p>
      ) : (
        <p>{t("buying.partnerPayouts.noArea", { partner: partner.name })}</p>
      )}
      {partner.hasArea && owed.length === 0 ? <p>{t("buying.partnerPayouts.none")}</p> : null}
      <ul className="space-y-3">
        {owed.map((row) => (
          <OwedProducer key={row.producerId} row={row} refusal={refusal} />
        ))}
      </ul>
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
