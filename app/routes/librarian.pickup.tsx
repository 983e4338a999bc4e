import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireLibrarian } from "~/accounts/scope.server";
import { applyOrderForm } from "~/orders/order-actions.server";
import { OrderActions, OrderSummary, StatusBadge } from "~/orders/order-view";
import { allowedActions } from "~/orders/order-rules";
import { findOrderAtLibrary, listAwaitingPickup } from "~/orders/queries.server";
import { assertCsrf } from "~/platform/csrf.server";
import { formatRupiah } from "~/platform/money";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("orders.pickupDesk") }));

export async function loader({ request }: LoaderFunctionArgs) {
  // The desk of the workspace's library (?library=<slug> for people who keep several).
  const { library } = await requireLibrarian(request);
  const libraryId = library.id;
  const url = new URL(request.url);
  const code = url.searchParams.get("code")?.trim() ?? "";
  const [found, waiting] = await Promise.all([
    code ? findOrderAtLibrary(libraryId, code) : null,
    listAwaitingPickup(libraryId),
  ]);
  const order = found ? (({ accessToken: _secret, ...visible }) => visible)(found) : null;
  return {
    code,
    order,
    actions: found ? allowedActions(found, ["librarian"]) : [],
    waiting,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireLibrarian(request);
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const result = await applyOrderForm(formData, user);
  if (!result.ok) return data({ error: result.error }, 409);
  const url = new URL(request.url);
  return redirect(`${url.pathname}${url.search}`);
}

export default function PickupDesk() {
  const { code, order, actions, waiting } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("orders.pickupDesk")}</h1>
      <p>{t("orders.pickupIntro")}</p>
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <Field
          name="code"
          label={t("orders.codeLabel")}
          defaultValue={code}
          autoComplete="off"
          className="min-w-0 flex-1"
        />
        <button type="submit" className="bg-brand-700 rounded-md px-4 py-2 font-semibold text-white">
          {t("orders.find")}
        </button>
      </Form>
      {actionData?.error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 font-medium text-red-800">
          {t(`orders.actionErrors.${actionData.error}`, { defaultValue: t("orders.actionErrors.notAllowed") })}
        </p>
      ) : null}
      {code && !order ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-900">
          {t("orders.notFoundCode", { code })}
        </p>
      ) : null}
      {order ? (
        <section
          className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
          aria-label={t("orders.orderTitle", { code: order.code })}
        >
          <OrderSummary order={order} showContact />
          <OrderActions order={order} actions={actions} />
        </section>
      ) : null}
      <section aria-labelledby="waiting" className="space-y-2">
        <h2 id="waiting" className="text-lg font-semibold">
          {t("orders.waitingHere")}
        </h2>
        {waiting.length === 0 ? <p>{t("orders.noOrders")}</p> : null}
        <ul className="divide-y divide-stone-200">
          {waiting.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link to={`?code=${item.code}`} className="font-mono underline">
                {item.code}
              </Link>
              <span>{item.contactName}</span>
              <span>{formatRupiah(item.totalIdr)}</span>
              <StatusBadge status={item.status} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
