import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { Alert, Notice } from "~/ui/notice";
import { buttonClass } from "~/ui/button";
import { BankAccountSettings } from "~/orders/bank-account-form";
import { applyOrderForm } from "~/orders/order-actions.server";
import { requirePartnerMember } from "~/accounts/scope.server";
import { applyBankAccountForm, publishedBankAccount } from "~/orders/payment-settings.server";
import { transfersAwaitingPartner } from "~/orders/queries.server";
import { readForm } from "~/platform/form.server";
import { forbidden } from "~/platform/http-errors";
import { formatRupiah } from "~/platform/money";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { useLanguage } from "~/ui/use-language";
import { formatDateTime } from "~/platform/dates";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("buying.partnerAccount.title") }));

// A cooperative's bank account for buyers' transfers, and the transfers it should
// see arrive (?partner=<slug> when the person serves several partners).
export async function loader({ request }: LoaderFunctionArgs) {
  const { partner } = await requirePartnerMember(request);
  const cooperative = partner.kind === "COOPERATIVE";
  const [account, awaiting] = await Promise.all([
    publishedBankAccount({ partnerId: partner.id }),
    cooperative ? transfersAwaitingPartner(partner.id) : [],
  ]);
  return {
    partner: { name: partner.name, slug: partner.slug, cooperative, hasArea: partner.areaCode !== null },
    account,
    awaiting,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, partner } = await requirePartnerMember(request);
  const formData = await readForm(request);
  const back = new URL(request.url);
  back.search = "";
  back.searchParams.set("partner", partner.slug);
  if (formData.get("intent") === "confirm_transfer") {
    // transitionOrder checks that the order is paid into this cooperative's account.
    const result = await applyOrderForm(formData, user);
    if (!result.ok)
      return data({ form: "transfer" as const, orderId: String(formData.get("orderId")), error: result.error }, 409);
    back.searchParams.set("confirmed", result.code);
    return redirect(`${back.pathname}${back.search}`);
  }
  if (partner.kind !== "COOPERATIVE") throw forbidden();
  const result = await applyBankAccountForm(formData, { partnerId: partner.id }, user.id);
  if (!result.ok) return data({ form: "account" as const, ...result }, 400);
  back.searchParams.set("notice", result.notice);
  return redirect(`${back.pathname}${back.search}`);
}

export default function PartnerPayments() {
  const { partner, account, awaiting } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const accountErrors = actionData?.form === "account" ? actionData : null;
  const transferError = actionData?.form === "transfer" ? actionData : null;
  const confirmed = params.get("confirmed");
  if (!partner.cooperative) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className="text-2xl font-bold">{t("buying.partnerAccount.title")}</h1>
        <p>{t("buying.partnerAccount.notCooperative", { partner: partner.name })}</p>
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("buying.partnerAccount.title")}</h1>
      <p className="text-stone-700">{partner.name}</p>
      {confirmed ? <Notice>{t("buying.partnerAccount.confirmed", { code: confirmed })}</Notice> : null}
      <p>{t("buying.partnerAccount.intro")}</p>
      {partner.hasArea ? null : (
        <p className="rounded-md bg-amber-50 p-3 text-amber-950">
          {t("buying.partnerAccount.noArea", { partner: partner.name })}
        </p>
      )}
      <BankAccountSettings
        owner="cooperative"
        account={account}
        notice={params.get("notice")}
        errors={accountErrors?.errors}
        values={accountErrors?.values}
      />
      <section aria-labelledby="awaiting-transfers" className="space-y-3">
        <h2 id="awaiting-transfers" className="text-lg font-semibold">
          {t("buying.partnerAccount.awaiting")}
        </h2>
        {awaiting.length === 0 ? <p>{t("buying.partnerAccount.awaitingNone")}</p> : null}
        <ul className="space-y-3">
          {awaiting.map((order) => (
            <li key={order.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
              <p className="font-semibold">
                {t("buying.partnerAccount.orderLine", {
                  code: order.code,
                  producer: order.producer.businessName,
                  amount: formatRupiah(order.totalIdr),
                })}
              </p>
              <p className="text-sm text-stone-700">
                {t("buying.partnerAccount.placed", {
                  when: formatDateTime(order.createdAt, language, order.pickupLibrary.timeZone),
                  buyer: order.contactName,
                })}
              </p>
              {transferError?.orderId === order.id ? (
                <Alert>
                  {t(`buying.partnerAccount.errors.${transferError.error === "changed" ? "changed" : "notAllowed"}`)}
                </Alert>
              ) : null}
              <Form method="post" className="space-y-2">
                <CsrfInput />
                <input type="hidden" name="orderId" value={order.id} />
                <Field
                  name="reference"
                  id={`reference-${order.id}`}
                  label={t("buying.partnerAccount.reference")}
                  maxLength={100}
                />
                <button type="submit" name="intent" value="confirm_transfer" className={buttonClass}>
                  {t("buying.partnerAccount.confirm")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
