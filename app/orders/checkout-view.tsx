// The checkout page's parts: the buyer's contact, each producer's order with
// how it reaches the buyer and its totals, and the choice of payment. Plain
// form fields (the page works without JavaScript); with JavaScript the totals
// follow the delivery choices as they change.
import type { PaymentMethod } from "~/generated/prisma/enums";
import { useTranslation } from "~/platform/i18n/react";
import { formatRupiah } from "~/platform/money";
import { Field, TextAreaField } from "~/ui/field";
import { PriceChanged } from "./cart-view";
import type { CheckoutTotals } from "./checkout-totals";

type FieldError = (name: string) => string | undefined;

export function ContactFields({
  values,
  defaults,
  error,
}: {
  values: Record<string, string>;
  defaults: { name: string; phone: string; email: string };
  error: FieldError;
}) {
  const { t } = useTranslation();
  return (
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
  );
}

type Group = {
  producerId: string;
  producerName: string;
  shippingFeeIdr: number | null;
  pickupLibrary: { name: string };
  items: {
    variantId: string;
    title: string;
    variantName: string;
    quantity: number;
    unitPriceIdr: number;
    priceSeenIdr: number;
    lineTotalIdr: number;
  }[];
};

/** One producer's order: its items, pickup or shipping (with the address), and its totals. */
export function OrderChoice({
  group,
  chosen,
  onChoose,
  address,
  totals,
  error,
}: {
  group: Group;
  /** The delivery chosen when the page was drawn. */
  chosen: string;
  onChoose: (fulfilment: "PICKUP" | "SHIPPING") => void;
  address: string | undefined;
  totals: CheckoutTotals["orders"][number];
  error: FieldError;
}) {
  const { t } = useTranslation();
  const name = `fulfilment-${group.producerId}`;
  const option = (value: "PICKUP" | "SHIPPING", label: string) => (
    <label className="flex items-center gap-2">
      <input
        type="radio"
        name={name}
        value={value}
        defaultChecked={chosen === value}
        onChange={() => onChoose(value)}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">{t("cart.from", { producer: group.producerName })}</legend>
      <ul className="text-sm">
        {group.items.map((item) => (
          <li key={item.variantId} className="flex justify-between gap-2">
            <span>
              {item.quantity} × {item.title} ({item.variantName})
              <PriceChanged item={item} className="block" />
            </span>
            <span>{formatRupiah(item.lineTotalIdr)}</span>
          </li>
        ))}
      </ul>
      <p className="font-medium">{t("orders.delivery")}</p>
      {option("PICKUP", t("orders.pickup", { library: group.pickupLibrary.name }))}
      {group.shippingFeeIdr !== null ? (
        <>
          {option("SHIPPING", t("orders.shipping", { fee: formatRupiah(group.shippingFeeIdr) }))}
          {/* A whole address, on as many lines as it needs ("street-address" autofill is for multi-line fields only). */}
          <TextAreaField
            name={`address-${group.producerId}`}
            label={t("orders.address")}
            autoComplete="street-address"
            rows={2}
            defaultValue={address}
            error={error(`address-${group.producerId}`)}
          />
        </>
      ) : null}
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 border-t border-stone-200 pt-2 text-sm" aria-live="polite">
        <dt>{t("buying.checkout.subtotal")}</dt>
        <dd className="text-right">{formatRupiah(totals.subtotalIdr)}</dd>
        <dt>{t("buying.checkout.shipping")}</dt>
        <dd className="text-right">
          {totals.shipping ? formatRupiah(totals.shippingIdr) : t("buying.checkout.shippingFree")}
        </dd>
        <dt className="font-semibold">{t("buying.checkout.orderTotal")}</dt>
        <dd className="text-right font-semibold">{formatRupiah(totals.totalIdr)}</dd>
      </dl>
    </fieldset>
  );
}

/** The payment methods this cart may use, with what each asks of the buyer. */
export function PaymentChoice({
  methods,
  chosen,
  stripeMinimumIdr,
  error,
}: {
  methods: PaymentMethod[];
  chosen: string;
  stripeMinimumIdr: number;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("orders.payment")}</legend>
      {methods.map((method) => (
        <label key={method} className="flex items-center gap-2">
          <input type="radio" name="paymentMethod" value={method} defaultChecked={chosen === method} />
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
      {error ? <p className="text-sm font-medium text-red-800">{error}</p> : null}
    </fieldset>
  );
}
