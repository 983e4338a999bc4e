import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import { workspaceHref } from "~/libraries/workspace-href";
import { LibrarySwitcher } from "~/libraries/workspace-ui";
import { BankAccountSettings } from "~/orders/bank-account-form";
import { applyBankAccountForm, publishedBankAccount } from "~/orders/payment-settings.server";
import { readForm } from "~/platform/form.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("buying.bankAccount.title") }));

// The library's bank account for buyers' transfers: publish, change or withdraw it.
export async function loader({ request }: LoaderFunctionArgs) {
  const { library, libraries } = await requireLibrarian(request);
  return { library, libraries, account: await publishedBankAccount({ libraryId: library.id }) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, library } = await requireLibrarian(request);
  const result = await applyBankAccountForm(await readForm(request), { libraryId: library.id }, user.id);
  if (!result.ok) return data(result, 400);
  return redirect(workspaceHref(`/librarian/payments?notice=${result.notice}`, library.slug));
}

export default function LibraryPayments() {
  const { library, libraries, account } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("buying.bankAccount.title")}</h1>
      <p className="text-stone-700">{library.name}</p>
      <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian/payments" />
      <p>{t("buying.bankAccount.intro")}</p>
      <BankAccountSettings
        owner="library"
        account={account}
        notice={params.get("notice")}
        errors={actionData?.errors}
        values={actionData?.values}
      />
    </div>
  );
}
