import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { resolveLanguage } from "~/platform/i18n/language.server";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { getSessionUser } from "~/accounts/session.server";
import { findCartId, loadCart } from "~/orders/cart.server";
import { contactDefaults, readCheckoutForm } from "~/orders/checkout-form.server";
import { checkoutRefusal, paymentMethodsFor, placeCheckout } from "~/orders/checkout.server";
import { checkoutTotals } from "~/orders/checkout-totals";
import { ContactFields, OrderChoice, PaymentChoice } from "~/orders/checkout-view";
import { ordersConfig } from "~/orders/config.server";
import { sweepOpportunistically } from "~/orders/reservations.server";
import { attributeOrders } from "~/partners/sponsorship/attribution.server";
import { rememberedClickIds } from "~/partners/sponsorship/serving.server";
import { formValues, readForm, type FieldErrors } from "~/platform/form.server";
import { formatRupiah } from "~/platform/money";
import { shareAttributionOf } from "~/platform/share-attribution.server";
import { siteOrigin } from "~/platform/site-origin.server";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { Alert } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("orders.checkoutTitle") }));

async function checkoutState(request: Request) {
  const user = await getSessionUser(request);
  const cartId = await findCartId(request, user?.id ?? null);
  const cart = await loadCart(cartId);
  return { user, cartId, cart };
}

export async function loader({ request }: LoaderFunctionArgs) {
  sweepOpportunistically();
  const { user, cart } = await checkoutState(request);
  if (cart.groups.length === 0) throw redirect("/cart");
  return {
    cart,
    methods: paymentMethodsFor(cart),
    stripeMinimumIdr: ordersConfig().STRIPE_MIN_CHARGE_IDR,
    defaults: await contactDefaults(user?.id ?? null),
  };
}

type Answer = { errors: FieldErrors; formError: { key: string; items: string } | null; values: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const { user, cartId, cart } = await checkoutState(request);
  if (!cartId || cart.groups.length === 0) return redirect("/cart");
  const values = formValues(formData);
  // "Recalculate total" (for browsers without JavaScript): show the totals for the choices, place nothing.
  if (values.intent === "recalculate") return data<Answer>({ errors: {}, formError: null, values });
  const form = readCheckoutForm(
    formData,
    cart.groups.map((group) => group.producerId),
  );
  if (!form.ok) return data<Answer>({ errors: form.errors, formError: null, values }, 400);
  const result = await placeCheckout({
    cartId,
    buyerId: user?.id ?? null,
    contact: form.contact,
    fulfilment: form.fulfilment,
    origin: siteOrigin(request),
    language: (await resolveLanguage(request)).language,
    shareAttribution: await shareAttributionOf(request),
  });
  if (result.ok) {
    // issue 11: orders placed within 7 days of a sponsored click (first-party cookie) are attributed to it.
    await attributeOrders(
      result.orders.map((order) => order.id),
      await rememberedClickIds(request),
    ).catch((error) => console.error("sponsored attribution failed", error));
    return redirect(result.redirectTo);
  }
  const { status, ...refusal } = checkoutRefusal(result);
  return data<Answer>({ ...refusal, values }, status);
}

export default function Checkout() {
  const { cart, methods, stripeMinimumIdr, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const errors: FieldErrors = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const error = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  const fulfilmentOf = (producerId: string) => values[`fulfilment-${producerId}`] ?? "PICKUP";
  // The shopper's delivery choices: drawn by the server, then followed as they change (JavaScript on).
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(cart.groups.map((g) => [g.producerId, fulfilmentOf(g.producerId)])),
  );
  useEffect(() => {
    setChoices(Object.fromEntries(cart.groups.map((g) => [g.producerId, fulfilmentOf(g.producerId)])));
    // Only a new server answer (a recalculation, an error) resets the choices.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actionData]);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const totals = checkoutTotals(cart.groups, choices);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("orders.checkoutTitle")}</h1>
      {actionData?.formError ? (
        <Alert>{t(`orders.errors.${actionData.formError.key}`, { items: actionData.formError.items })}</Alert>
      ) : null}
      <Form method="post" className="space-y-6" noValidate>
        <CsrfInput />
        <ContactFields values={values} defaults={defaults} error={error} />
        <p>
          {cart.groups.length === 1
            ? t("buying.checkout.oneOrder")
            : t("buying.checkout.ordersPerProducer", { count: cart.groups.length })}
        </p>
        {cart.groups.map((group) => (
          <OrderChoice
            key={group.producerId}
            group={group}
            chosen={fulfilmentOf(group.producerId)}
            onChoose={(value) => setChoices((previous) => ({ ...previous, [group.producerId]: value }))}
            address={values[`address-${group.producerId}`]}
            totals={totals.orders.find((o) => o.producerId === group.producerId)!}
            error={error}
          />
        ))}
        {!hydrated && cart.groups.some((g) => g.shippingFeeIdr !== null) ? (
          <div className="space-y-2">
            <p className="text-sm text-stone-700">{t("buying.checkout.recalculateHint")}</p>
            <button type="submit" name="intent" value="recalculate" className={secondaryButtonClass}>
              {t("buying.checkout.recalculate")}
            </button>
          </div>
        ) : null}
        <PaymentChoice
          methods={methods}
          chosen={values.paymentMethod ?? "CASH_AT_PICKUP"}
          stripeMinimumIdr={stripeMinimumIdr}
          error={error("paymentMethod")}
        />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-lg">
            {t("buying.checkout.grandTotal")}:{" "}
            <span className="font-bold" aria-live="polite">
              {formatRupiah(totals.grandTotalIdr)}
            </span>
          </p>
          <button type="submit" disabled={navigation.state === "submitting"} className={buttonClass}>
            {t("orders.placeOrder")}
          </button>
        </div>
      </Form>
    </div>
  );
}
