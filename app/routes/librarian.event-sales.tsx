// Sales at library events: the librarian enters a bazaar or exhibition day's
// cash sales, several rows at once (blank rows ignored, all or nothing). A
// plain form: works with JavaScript off. Five rows to start; "add 5 more rows"
// posts the form back with what was typed and more rows (or `?rows=` asks for
// them directly), up to MAX_EVENT_SALE_ROWS per save. The rows are read by
// libraries/event-sale-input.ts.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import {
  EVENT_SALE_ROWS,
  EventSaleFormSchema,
  eventSaleRowCount,
  eventSaleValues,
  MAX_EVENT_SALE_ROWS,
  rowOfField,
} from "~/libraries/event-sale-input";
import { EventSaleError, listEventSaleVariants, recordEventSale } from "~/libraries/event-sales.server";
import { todayIn } from "~/libraries/library-dates";
import { EVENT_SALE_MAX_DAYS } from "~/libraries/limits";
import { workspaceHref } from "~/libraries/workspace-href";
import { LibrarySwitcher } from "~/libraries/workspace-ui";
import { type FieldErrors, parseFormData, readForm } from "~/platform/form.server";
import { formatRupiah } from "~/platform/money";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field, SelectField } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Alert, Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("eventSales.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library, libraries } = await requireLibrarian(request);
  return {
    library: { slug: library.slug, name: library.name },
    libraries: libraries.map(({ slug, name }) => ({ slug, name })),
    today: todayIn(library.timeZone),
    rows: eventSaleRowCount(new URL(request.url).searchParams.get("rows")),
    variants: await listEventSaleVariants(library.id),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, library } = await requireLibrarian(request);
  const formData = await readForm(request);
  const values = eventSaleValues(formData);
  const answer = (status: number, errors: FieldErrors, extra: { rows?: number; products?: string[] } = {}) =>
    data(
      { errors, values, rows: extra.rows ?? eventSaleRowCount(values.rows.length), products: extra.products },
      status,
    );

  // More rows: the same form back, with what was typed and five more empty rows; nothing is saved.
  if (formData.get("intent") === "moreRows") {
    return answer(200, {}, { rows: eventSaleRowCount(values.rows.length + EVENT_SALE_ROWS) });
  }
  const form = parseFormData(formData, EventSaleFormSchema, () => values);
  if (!form.ok) return answer(422, form.errors);
  try {
    const orders = await recordEventSale(user, library, form.data);
    const codes = orders.map((order) => order.code).join(",");
    return redirect(workspaceHref(`/librarian/event-sales?saved=${encodeURIComponent(codes)}`, library.slug));
  } catch (error) {
    if (error instanceof EventSaleError) return answer(422, error.fieldErrors, { products: error.products });
    throw error;
  }
}

export default function EventSales() {
  const { library, libraries, today, rows: rowsAsked, variants } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const savedCodes = (searchParams.get("saved") ?? "").split(",").filter(Boolean);
  const values = actionData?.values;
  const errors: FieldErrors = actionData?.errors ?? {};
  const refusals = Object.entries(errors);
  // Each message says what it needs: the row, the products sold out, the days a sale may go back.
  const message = (field: string) =>
    errors[field]
      ? t(errors[field], {
          row: rowOfField(field),
          products: (actionData?.products ?? []).join(", "),
          days: EVENT_SALE_MAX_DAYS,
          defaultValue: t("eventSales.errors.invalid"),
        })
      : undefined;
  const rowsShown = Math.max(actionData?.rows ?? rowsAsked, values?.rows.length ?? 0);
  const rows = Array.from({ length: rowsShown }, (_, i) => values?.rows[i]);
  // Re-rendering after an error keeps what was typed: a new key makes React use the new default values.
  const formKey = values ? JSON.stringify(values) : "blank";

  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">{t("eventSales.title")}</h1>
      <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian/event-sales" />
      <p>{t("eventSales.intro")}</p>
      {savedCodes.length && !refusals.length ? (
        <Notice>{t("eventSales.saved", { count: savedCodes.length, codes: savedCodes.join(", ") })}</Notice>
      ) : null}
      {refusals.length ? (
        <Alert>
          {refusals.map(([field]) => (
            <p key={field}>{message(field)}</p>
          ))}
        </Alert>
      ) : null}
      {variants.length === 0 ? (
        <p>{t("eventSales.noProducts")}</p>
      ) : (
        <Form method="post" className="space-y-4" key={formKey}>
          <CsrfInput />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              name="eventName"
              label={t("eventSales.eventName")}
              hint={t("eventSales.eventNameHint")}
              defaultValue={values?.eventName ?? ""}
              required
              maxLength={120}
            />
            <Field
              name="soldOn"
              type="date"
              label={t("eventSales.soldOn")}
              hint={t("librarianTools.eventSales.soldOnHint", { days: EVENT_SALE_MAX_DAYS })}
              error={message("soldOn")}
              defaultValue={values?.soldOn ?? today}
              max={today}
              required
            />
          </div>
          {rows.map((row, index) => (
            <fieldset
              key={index}
              className="grid gap-3 rounded-md border border-stone-300 bg-white p-3 sm:grid-cols-[1fr_7rem_10rem]"
            >
              <legend className="px-1 text-sm font-medium">{t("eventSales.row", { row: index + 1 })}</legend>
              <SelectField
                name="variantId"
                id={`variantId-${index}`}
                label={t("eventSales.variant")}
                defaultValue={row?.variantId ?? ""}
                error={message(`rows.${index}.variantId`)}
              >
                <option value="">{t("eventSales.chooseVariant")}</option>
                {variants.map((variant) => (
                  <option key={variant.id} value={variant.id}>
                    {t("eventSales.variantOption", {
                      product: variant.productTitle,
                      variant: variant.variantName,
                      producer: variant.producerName,
                      price: formatRupiah(variant.priceIdr),
                      stock: variant.stock,
                    })}
                  </option>
                ))}
              </SelectField>
              <Field
                name="quantity"
                id={`quantity-${index}`}
                label={t("eventSales.quantity")}
                inputMode="numeric"
                defaultValue={row?.quantity ?? ""}
                error={message(`rows.${index}.quantity`)}
                autoComplete="off"
              />
              <Field
                name="unitPriceIdr"
                id={`unitPriceIdr-${index}`}
                label={t("eventSales.unitPrice")}
                hint={index === 0 ? t("eventSales.unitPriceHint") : undefined}
                inputMode="numeric"
                defaultValue={row?.unitPriceIdr ?? ""}
                error={message(`rows.${index}.unitPriceIdr`)}
                autoComplete="off"
              />
            </fieldset>
          ))}
          <p className="text-sm text-stone-700">
            {t("librarianTools.eventSales.moreRowsHint", { max: MAX_EVENT_SALE_ROWS })}
          </p>
          <div className="flex flex-wrap gap-2">
            {/* First in the form: Enter in a field saves, it does not add rows. */}
            <button type="submit" disabled={navigation.state === "submitting"} className={buttonClass}>
              {t("eventSales.submit")}
            </button>
            {rowsShown < MAX_EVENT_SALE_ROWS ? (
              <button type="submit" name="intent" value="moreRows" className={secondaryButtonClass}>
                {t("librarianTools.eventSales.moreRows")}
              </button>
            ) : null}
          </div>
        </Form>
      )}
    </div>
  );
}
