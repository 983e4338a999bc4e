// The pickup desk of the workspace's library (`?library=<slug>` for people who
// keep several): find an order by its code, hand it over, take the cash.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import { workspaceHref } from "~/libraries/workspace-href";
import { LibrarySwitcher } from "~/libraries/workspace-ui";
import { applyOrderForm } from "~/orders/order-actions.server";
import { applyMessageForm } from "~/orders/order-messages.server";
import { OrderChatLinks, OrderMessages } from "~/orders/order-messages";
import { orderConversation } from "~/orders/order-page.server";
import { OrderActions, OrderSummary, StatusBadge } from "~/orders/order-view";
import { allowedActions } from "~/orders/order-rules";
import { findOrderAtLibrary, listAwaitingPickup } from "~/orders/queries.server";
import { type FieldErrors, readForm, queryText } from "~/platform/form.server";
import { formatRupiah } from "~/platform/money";
import { buttonClass } from "~/ui/button";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Alert } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("orders.pickupDesk") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library, libraries } = await requireLibrarian(request);
  const code = queryText(new URL(request.url), "code", 40);
  const [found, waiting] = await Promise.all([
    code ? findOrderAtLibrary(library.id, code) : null,
    listAwaitingPickup(library.id),
  ]);
  const order = found ? (({ accessToken: _secret, ...visible }) => visible)(found) : null;
  const conversation = found ? await orderConversation(found, { producer: true, library: false }) : null;
  return {
    library: { slug: library.slug, name: library.name },
    libraries: libraries.map(({ slug, name }) => ({ slug, name })),
    code,
    order,
    actions: found ? allowedActions(found, ["librarian"]) : [],
    waiting,
    conversation,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireLibrarian(request);
  const formData = await readForm(request);
  // Back to the same desk and order: the URL names both.
  const url = new URL(request.url);
  if (formData.get("intent") === "message") {
    const orderId = String(formData.get("orderId") ?? "");
    const posted = await applyMessageForm(formData, { orderId, party: "librarian", user });
    if (!posted.ok) return data({ errors: {} as FieldErrors, message: posted }, 400);
    return redirect(`${url.pathname}${url.search}#messages`);
  }
  const result = await applyOrderForm(formData, user);
  if (!result.ok) {
    const errors: FieldErrors = { form: `orders.actionErrors.${result.error}` };
    return data({ errors, message: null }, 409);
  }
  return redirect(`${url.pathname}${url.search}`);
}

export default function PickupDesk() {
  const { library, libraries, code, order, actions, waiting, conversation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const refusal = actionData?.errors.form;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("orders.pickupDesk")}</h1>
      <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian/pickup" />
      <p>{t("orders.pickupIntro")}</p>
      <Form method="get" className="flex flex-wrap items-end gap-2">
        {/* A GET form replaces the query: the desk's library goes along. */}
        <input type="hidden" name="library" value={library.slug} />
        <Field
          name="code"
          label={t("orders.codeLabel")}
          defaultValue={code}
          autoComplete="off"
          className="min-w-0 flex-1"
        />
        <button type="submit" className={buttonClass}>
          {t("orders.find")}
        </button>
      </Form>
      {refusal ? <Alert>{t(refusal, { defaultValue: t("orders.actionErrors.notAllowed") })}</Alert> : null}
      {code && !order ? <Alert>{t("orders.notFoundCode", { code })}</Alert> : null}
      {order ? (
        <section
          className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
          aria-label={t("orders.orderTitle", { code: order.code })}
        >
          <OrderSummary order={order} showContact />
          <OrderActions order={order} actions={actions} />
          {conversation ? <OrderChatLinks {...conversation.chat} /> : null}
          {conversation ? (
            <OrderMessages
              thread={conversation.thread}
              timeZone={order.pickupLibrary.timeZone}
              feedback={actionData?.message}
              hidden={{ orderId: order.id }}
            />
          ) : null}
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
              <Link
                to={workspaceHref(`/librarian/pickup?code=${encodeURIComponent(item.code)}`, library.slug)}
                className="font-mono underline"
              >
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
