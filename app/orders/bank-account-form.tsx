// The bank-account screen's body, shared by a library's librarians
// (/librarian/payments) and a cooperative's members (/partner/payments).
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice, buttonClass, secondaryButtonClass } from "~/libraries/workspace-ui";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";

type Account = { bankName: string | null; bankAccountNumber: string | null; bankAccountHolder: string | null };

export function BankAccountSettings({
  account,
  notice,
  errors = {},
  values = {},
}: {
  account: Account;
  notice: string | null;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const error = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  const published = account.bankAccountNumber !== null;
  return (
    <>
      {notice === "saved" || notice === "removed" ? <Notice>{t(`buying.bankAccount.${notice}`)}</Notice> : null}
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
    </>
  );
}
