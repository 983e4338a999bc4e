import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireLibrarianWorkspace } from "~/libraries/librarian-scope.server";
import { workspaceHref } from "~/libraries/workspace-href";
import { LibrarySwitcher, Notice, buttonClass, secondaryButtonClass } from "~/libraries/workspace-ui";
import { BankAccountSchema, libraryBankAccount, publishBankAccount } from "~/orders/payment-settings.server";
import { assertCsrf } from "~/platform/csrf.server";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("buying.bankAccount.title") }));

// The library's bank account for buyers' transfers: publish, change or withdraw it.
export async function loader({ request }: LoaderFunctionArgs) {
  const { library, libraries } = await requireLibrarianWorkspace(request);
  return { library, libraries, account: await libraryBankAccount(library.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, library } = await requireLibrarianWorkspace(request);
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const done = (notice: string) => redirect(workspaceHref(`/librarian/payments?notice=${notice}`, library.slug));
  if (formData.get("intent") === "remove") {
    await publishBankAccount(library.id, user.id, null);
    return done("removed");
  }
  const fields = Object.fromEntries(formData) as Record<string, string>;
  const parsed = BankAccountSchema.safeParse(fields);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return data({ errors, values: fields }, 400);
  }
  await publishBankAccount(library.id, user.id, parsed.data);
  return done("saved");
}

export default function LibraryPayments() {
  const { library, libraries, account } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const error = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  const notice = params.get("notice");
  const published = account.bankAccountNumber !== null;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("buying.bankAccount.title")}</h1>
      <p className="text-stone-700">{library.name}</p>
      <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian/payments" />
      {notice === "saved" ? <Notice>{t("buying.bankAccount.saved")}</Notice> : null}
      {notice === "removed" ? <Notice>{t("buying.bankAccount.removed")}</Notice> : null}
      <p>{t("buying.bankAccount.intro")}</p>
      <p className="font-medium">
        {published
          ? t("buying.bankAccount.current", {
              account: t("buying.bankAccountLine", {
                bank: account.bankName,
                number: account.bankAccountNumber,
                holder: account.bankAccountHolder,
              }),
            })
          : t("buying.bankAccount.none")}
      </p>
      <Form method="post" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" noValidate>
        <CsrfInput />
        <Field
          name="bankName"
          label={t("buying.bankAccount.bankName")}
          hint={t("buying.bankAccount.bankNameHint")}
          required
          defaultValue={values.bankName ?? account.bankName ?? ""}
          error={error("bankName")}
        />
        <Field
          name="accountNumber"
          label={t("buying.bankAccount.accountNumber")}
          hint={t("buying.bankAccount.accountNumberHint")}
          inputMode="numeric"
          required
          defaultValue={values.accountNumber ?? account.bankAccountNumber ?? ""}
          error={error("accountNumber")}
        />
        <Field
          name="accountHolder"
          label={t("buying.bankAccount.accountHolder")}
          hint={t("buying.bankAccount.accountHolderHint")}
          required
          defaultValue={values.accountHolder ?? account.bankAccountHolder ?? ""}
          error={error("accountHolder")}
        />
        <button type="submit" className={buttonClass}>
          {t("buying.bankAccount.save")}
        </button>
      </Form>
      {published ? (
        <Form method="post">
          <CsrfInput />
          <button type="submit" name="intent" value="remove" className={secondaryButtonClass}>
            {t("buying.bankAccount.remove")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
