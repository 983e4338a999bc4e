import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { getSessionUser } from "~/accounts/session.server";
import { findCartId, loadCart } from "~/orders/cart.server";
import {
  CheckoutContactSchema,
  FulfilmentSchema,
  paymentMethodsFor,
  placeCheckout,
  type FulfilmentChoice,
} from "~/orders/checkout.server";
import { checkoutTotals } from "~/orders/checkout-totals";
import { ordersConfig } from "~/orders/config.server";
import { sweepOpportunistically } from "~/orders/reservations.server";
import { assertCsrf } from "~/platform/csrf.server";
import { prisma } from "~/platform/db.server";
import { siteOrigin } from "~/platform/site-origin.server";
import { formatRupiah } from "~/platform/money";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";

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
  const profile = user
    ? await prisma.user.findUnique({ where: { id: user.id }, select: { name: true, phone: true, email: true } })
    : null;
  return {
    cart,
    methods: paymentMethodsFor(cart),
    stripeMinimumIdr: ordersConfig().STRIPE_MIN_CHARGE_IDR,
    defaults: { name: profile?.name ?? "", phone: profile?.phone ?? "", email: profile?.email ?? "" },
  };
}

type FieldErrors = Record<string, string>;

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const { user, cartId, cart } = await checkoutState(request);
  if (!cartId || cart.groups.length === 0) return redirect("/cart");
  const fields = Object.fromEntries(formData) as Record<string, string>;
  // "Recalculate total" (for browsers without JavaScript): show the totals for the choices, place nothing.
  if (fields.intent === "recalculate") return data({ errors: {}, formError: null, values: fields });
  const errors: FieldErrors = {};
  const contact = CheckoutContactSchema.safeParse({ ...fields, email: fields.email || undefined });
  if (!contact.success) for (const issue of contact.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const fulfilment: Record<string, FulfilmentChoice> = {};
  for (const group of cart.groups) {
    const choice = FulfilmentSchema.safeParse({
      fulfilment: fields[`fulfilment-${group.producerId}`] ?? "PICKUP",
      address: fields[`address-${group.producerId}`],
    });
    if (choice.success) fulfilment[group.producerId] = choice.data;
    else errors[`address-${group.producerId}`] = choice.error.issues[0]?.message ?? "orders.errors.address";
  }
  if (!contact.success || Object.keys(errors).length > 0) return data({ errors, formError: null, values: fields }, 400);

  const origin = siteOrigin(request);
  const result = await placeCheckout({ cartId, buyerId: user?.id ?? null, contact: contact.data, fulfilment, origin });
  if (result.ok) return redirect(result.redirectTo);
  if (result.error === "cashNeedsPickup") {
    return data({ errors: { paymentMethod: "buying.checkout.cashNeedsPickup" }, formError: null, values: fields }, 400);
  }
  const formError =
    "items" in result ? { key: result.error, items: result.items.join(", ") } : { key: result.error, items: "" };
  return data({ errors, formError, values: fields }, result.error === "paymentFailed" ? 502 : 409);
}

export default function Checkout() {
  const { cart, methods, stripeMinimumIdr, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const errors: FieldErrors = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const error = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  const chosenMethod = values.paymentMethod ?? "CASH_AT_PICKUP";
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
        <p role="alert" className="rounded-md bg-red-50 p-3 font-medium text-red-800">
          {t(`orders.errors.${actionData.formError.key}`, { items: actionData.formError.items })}
        </p>
      ) : null}
      <Form method="post" className="space-y-6" noValidate>
        <CsrfInput />
        <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{t("orders.contact")}</legend>
          <Field
            name="name"
            label={t("orders.name")}
            autoComplete="name"
            required
            defaultValue={values.name ?? defaults.name}
            error={error("name")}
          />
          <Field
            name="phone"
            type="tel"
            label={t("orders.phone")}
            hint={t("orders.phoneHint")}
            autoComplete="tel"
            inputMode="tel"
            required
            defaultValue={values.phone ?? defaults.phone}
            error={error("phone")}
          />
          <Field
            name="email"
            type="email"
            label={t("orders.email")}
            autoComplete="email"
            defaultValue={values.email ?? defaults.email}
            error={error("email")}
          />
        </fieldset>

        <p>
          {cart.groups.length === 1
            ? t("buying.checkout.oneOrder")
            : t("buying.checkout.ordersPerProducer", { count: cart.groups.length })}
        </p>
        {cart.groups.map((group) => {
          const name = `fulfilment-${group.producerId}`;
          const chosen = fulfilmentOf(group.producerId);
          const choose = (value: string) => setChoices((previous) => ({ ...previous, [group.producerId]: value }));
          const orderTotals = totals.orders.find((o) => o.producerId === group.producerId)!;
          return (
            <fieldset key={group.producerId} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
              <legend className="px-1 font-semibold">{t("cart.from", { producer: group.producerName })}</legend>
              <ul className="text-sm">
                {group.items.map((item) => (
                  <li key={item.variantId} className="flex justify-between gap-2">
                    <span>
                      {item.quantity} × {item.title} ({item.variantName})
                      {item.unitPriceIdr !== item.priceSeenIdr ? (
                        <span className="block font-medium text-amber-900">
                          {t("cart.priceChanged", {
                            before: formatRupiah(item.priceSeenIdr),
                            after: formatRupiah(item.unitPriceIdr),
                          })}
                        </span>
                      ) : null}
                    </span>
                    <span>{formatRupiah(item.lineTotalIdr)}</span>
                  </li>
                ))}
              </ul>
              <p className="font-medium">{t("orders.delivery")}</p>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name={name}
                  value="PICKUP"
                  defaultChecked={chosen === "PICKUP"}
                  onChange={() => choose("PICKUP")}
                />
                {t("orders.pickup", { library: group.pickupLibrary.name })}
              </label>
              {group.shippingFeeIdr !== null ? (
                <>
                  <label className="flex items-center gap-2">
                    <input
                      type="radio"
                      name={name}
                      value="SHIPPING"
                      defaultChecked={chosen === "SHIPPING"}
                      onChange={() => choose("SHIPPING")}
                    />
                    {t("orders.shipping", { fee: formatRupiah(group.shippingFeeIdr) })}
                  </label>
                  <Field
                    name={`address-${group.producerId}`}
                    label={t("orders.address")}
                    autoComplete="street-address"
                    defaultValue={values[`address-${group.producerId}`]}
                    error={error(`address-${group.producerId}`)}
                  />
                </>
              ) : null}
              <dl
                className="grid grid-cols-[1fr_auto] gap-x-4 border-t border-stone-200 pt-2 text-sm"
                aria-live="polite"
              >
                <dt>{t("buying.checkout.subtotal")}</dt>
                <dd className="text-right">{formatRupiah(orderTotals.subtotalIdr)}</dd>
                <dt>{t("buying.checkout.shipping")}</dt>
                <dd className="text-right">
                  {orderTotals.shipping ? formatRupiah(orderTotals.shippingIdr) : t("buying.checkout.shippingFree")}
                </dd>
                <dt className="font-semibold">{t("buying.checkout.orderTotal")}</dt>
                <dd className="text-right font-semibold">{formatRupiah(orderTotals.totalIdr)}</dd>
              </dl>
            </fieldset>
          );
        })}
        {!hydrated && cart.groups.some((g) => g.shippingFeeIdr !== null) ? (
          <div className="space-y-2">
            <p className="text-sm text-stone-700">{t("buying.checkout.recalculateHint")}</p>
            <button
              type="submit"
              name="intent"
              value="recalculate"
              className="rounded-md border border-stone-400 bg-white px-3 py-2 font-medium"
            >
              {t("buying.checkout.recalculate")}
            </button>
          </div>
        ) : null}

        <fieldset className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{t("orders.payment")}</legend>
          {methods.map((method) => (
            <label key={method} className="flex items-center gap-2">
              <input type="radio" name="paymentMethod" value={method} defaultChecked={chosenMethod === method} />
              {t(`orders.methods.${method}`)}
            </label>
          ))}
          {methods.includes("BANK_TRANSFER") ? (
            <p className="text-sm text-stone-700">{t("orders.bankTransferHint")}</p>
          ) : null}
          {methods.includes("STRIPE") ? (
            <p className="text-sm text-stone-700">
              {t("orders.stripeMinimum", { amount: formatRupiah(stripeMinimumIdr) })}
            </p>
          ) : null}
          {errors.paymentMethod ? <p className="text-sm font-medium text-red-800">{t(errors.paymentMethod)}</p> : null}
        </fieldset>

        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-lg">
            {t("buying.checkout.grandTotal")}:{" "}
            <span className="font-bold" aria-live="polite">
              {formatRupiah(totals.grandTotalIdr)}
            </span>
          </p>
          <button
            type="submit"
            disabled={navigation.state === "submitting"}
            className="bg-brand-700 rounded-md px-4 py-2 font-semibold text-white disabled:opacity-70"
          >
            {t("orders.placeOrder")}
          </button>
        </div>
      </Form>
    </div>
  );
}
