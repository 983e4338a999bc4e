import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireProducer } from "~/accounts/scope.server";
import {
  MAX_SHIPPING_FEE_IDR,
  setShippingFee,
  shippingFeeOf,
  shippingFormInput,
  ShippingSchema,
} from "~/orders/payment-settings.server";
import { parseForm } from "~/platform/form.server";
import { formatRupiah } from "~/platform/money";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("buying.shipping.title") }));

// The producer's flat shipping fee per order, or pickup only.
export async function loader({ request }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  return { shippingFeeIdr: await shippingFeeOf(producer.id), maxFeeIdr: MAX_SHIPPING_FEE_IDR };
}

export async function action({ request }: ActionFunctionArgs) {
  const { producer } = await requireProducer(request);
  const parsed = await parseForm(request, ShippingSchema, { input: shippingFormInput });
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, 400);
  await setShippingFee(producer.id, parsed.data.shipping === "on" ? parsed.data.feeIdr : null);
  return redirect("/producer/shipping?saved=1");
}

export default function ProducerShipping() {
  const { shippingFeeIdr, maxFeeIdr } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const chosen = actionData?.values.shipping ?? (shippingFeeIdr === null ? "off" : "on");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("buying.shipping.title")}</h1>
      {params.get("saved") ? <Notice>{t("buying.shipping.saved")}</Notice> : null}
      <p>{t("buying.shipping.intro")}</p>
      <p className="font-medium">
        {shippingFeeIdr === null
          ? t("buying.shipping.currentOff")
          : t("buying.shipping.currentOn", { fee: formatRupiah(shippingFeeIdr) })}
      </p>
      <Form method="post" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" noValidate>
        <CsrfInput />
        <fieldset className="space-y-2">
          <legend className="sr-only">{t("buying.shipping.title")}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="shipping" value="off" defaultChecked={chosen !== "on"} />
            {t("buying.shipping.off")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="shipping" value="on" defaultChecked={chosen === "on"} />
            {t("buying.shipping.offer")}
          </label>
        </fieldset>
        <Field
          name="feeIdr"
          type="text"
          inputMode="numeric"
          label={t("buying.shipping.fee")}
          hint={t("buying.shipping.feeHint", { max: maxFeeIdr })}
          defaultValue={actionData?.values.feeIdr ?? (shippingFeeIdr !== null ? String(shippingFeeIdr) : "")}
          error={actionData?.errors.feeIdr ? t(actionData.errors.feeIdr) : undefined}
        />
        <button type="submit" className={buttonClass}>
          {t("buying.shipping.save")}
        </button>
      </Form>
    </div>
  );
}
