// Sales at library events: the librarian enters a bazaar or exhibition day's
// cash sales, several rows at once (blank rows ignored, all or nothing). A
// plain form: works with JavaScript off. Five rows to start; "add 5 more rows"
// posts the form back with what was typed and more rows (or `?rows=` asks for
// them directly), up to MAX_ROWS per save.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventSaleError, listEventSaleVariants, recordEventSale } from "~/libraries/event-sales.server";
import { requireLibrarian } from "~/accounts/scope.server";
import { todayIn } from "~/libraries/library-dates";
import { EVENT_SALE_MAX_DAYS } from "~/libraries/limits";
import { workspaceHref } from "~/libraries/workspace-href";
import { LibrarySwitcher } from "~/libraries/workspace-ui";
import { Notice } from "~/ui/notice";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { assertCsrf } from "~/platform/csrf.server";
import { formatRupiah } from "~/platform/money";
import { CsrfInput } from "~/ui/csrf-input";
import { Field, SelectField } from "~/ui/field";
import { pageMeta } from "~/ui/meta";

/** Rows the form starts with, how many "add rows" adds, and the most one save takes. */
const ROWS = 5;
const MAX_ROWS = 30;

/** The row count asked for (`?rows=` or the add-rows button): a multiple of 5 from 5 to MAX_ROWS. */
const rowCount = (asked: string | number | null) => {
  const number = typeof asked === "number" ? asked : Number(asked ?? "");
  return Number.isInteger(number) ? Math.min(MAX_ROWS, Math.max(ROWS, Math.ceil(number / ROWS) * ROWS)) : ROWS;
};
const DATE_REASONS = new Set(["dateInvalid", "dateInFuture", "dateTooOld"]);

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("eventSales.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library, libraries } = await requireLibrarian(request);
  return {
    library: { slug: library.slug, name: library.name },
    libraries: libraries.map(({ slug, name }) => ({ slug, name })),
    today: todayIn(library.timeZone),
    rows: rowCount(new URL(request.url).searchParams.get("rows")),
    variants: await listEventSaleVariants(library.id),
  };
}

type Values = {
  eventName: string;
  soldOn: string;
  rows: { variantId: string; quantity: string; unitPriceIdr: string }[];
};
type FormError = { reason: string; row?: number; products?: string[] };

const text = (value: FormDataEntryValue | null | undefined) => (typeof value === "string" ? value.trim() : "");
/** Whole numbers as typed by hand: "12.500" and "12 500" are 12500. */
const wholeNumber = (value: string) => (/^\d[\d.\s]*$/.test(value) ? Number(value.replace(/[.\s]/g, "")) : Number.NaN);

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const { user, library } = await requireLibrarian(request);

  const variantIds = formData.getAll("variantId");
  const quantities = formData.getAll("quantity");
  const prices = formData.getAll("unitPriceIdr");
  const count = Math.min(Math.max(variantIds.length, quantities.length, prices.length), MAX_ROWS);
  const values: Values = {
    eventName: text(formData.get("eventName")),
    soldOn: text(formData.get("soldOn")),
    rows: Array.from({ length: count }, (_, i) => ({
      variantId: text(variantIds[i]),
      quantity: text(quantities[i]),
      unitPriceIdr: text(prices[i]),
    })),
  };
  const fail = (error: FormError) => data({ error, values, rows: rowCount(count) }, 422);

  // More rows: the same form back, with what was typed and five more empty rows; nothing is saved.
  if (formData.get("intent") === "moreRows") {
    return data({ error: null as FormError | null, values, rows: rowCount(count + ROWS) }, 200);
  }

  const lines = [];
  for (const [index, row] of values.rows.entries()) {
    if (!row.variantId && !row.quantity && !row.unitPriceIdr) continue; // a blank row
    if (!row.variantId || !row.quantity) return fail({ reason: "incompleteRow", row: index + 1 });
    lines.push({
      variantId: row.variantId,
      quantity: wholeNumber(row.quantity),
      unitPriceIdr: row.unitPriceIdr ? wholeNumber(row.unitPriceIdr) : undefined,
    });
  }
  if (lines.length === 0) return fail({ reason: "empty" });

  try {
    const orders = await recordEventSale(user, library, {
      eventName: values.eventName,
      soldOn: values.soldOn,
      lines,
    });
    const codes = orders.map((order) => order.code).join(",");
    return redirect(workspaceHref(`/librarian/event-sales?saved=${encodeURIComponent(codes)}`, library.slug));
  } catch (error) {
    if (error instanceof EventSaleError) return fail({ reason: error.reason, products: error.products });
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
  const error = actionData?.error;
  const rowsShown = Math.max(actionData?.rows ?? rowsAsked, values?.rows.length ?? 0);
  const rows = Array.from({ length: rowsShown }, (_, i) => values?.rows[i]);
  const dateError =
    error && DATE_REASONS.has(error.reason)
      ? t(`librarianTools.eventSales.errors.${error.reason}`, { days: EVENT_SALE_MAX_DAYS })
      : undefined;
  // Re-rendering after an error keeps what was typed: a new key makes React use the new default values.
  const formKey = values ? JSON.stringify(values) : "blank";

  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">{t("eventSales.title")}</h1>
      <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian/event-sales" />
      <p>{t("eventSales.intro")}</p>
      {savedCodes.length && !error ? (
        <Notice>{t("eventSales.saved", { count: savedCodes.length, codes: savedCodes.join(", ") })}</Notice>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {dateError ??
            t(`eventSales.errors.${error.reason}`, {
              row: error.row,
              products: (error.products ?? []).join(", "),
              defaultValue: t("eventSales.errors.invalid"),
            })}
        </p>
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
              error={dateError}
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
                error={
                  error?.reason === "incompleteRow" && error.row === index + 1
                    ? t("eventSales.errors.incompleteRow", { row: index + 1 })
                    : undefined
                }
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
                autoComplete="off"
              />
              <Field
                name="unitPriceIdr"
                id={`unitPriceIdr-${index}`}
                label={t("eventSales.unitPrice")}
                hint={index === 0 ? t("eventSales.unitPriceHint") : undefined}
                inputMode="numeric"
                defaultValue={row?.unitPriceIdr ?? ""}
                autoComplete="off"
              />
            </fieldset>
          ))}
          <p className="text-sm text-stone-700">{t("librarianTools.eventSales.moreRowsHint", { max: MAX_ROWS })}</p>
          <div className="flex flex-wrap gap-2">
            {/* First in the form: Enter in a field saves, it does not add rows. */}
            <button type="submit" disabled={navigation.state === "submitting"} className={buttonClass}>
              {t("eventSales.submit")}
            </button>
            {rowsShown < MAX_ROWS ? (
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
