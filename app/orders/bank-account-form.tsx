// The bank-account screen's body, shared by a library's librarians
// (/librarian/payments) and a cooperative's members (/partner/payments).
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import type { FieldErrors } from "~/platform/form.server";
import { Notice } from "~/ui/notice";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";

type Account = { bankName: string | null; bankAccountNumber: string | null; bankAccountHolder: string | null };

export function BankAccountSettings({
  owner,
  account,
  notice,
  errors = {},
  values = {},
}: {
  /** Whose account: what saving or removing it changes for buyers differs. */
  owner: "library" | "cooperative";
  account: Account;
  notice: string | null;
  /** Field → i18n key. */
  errors?: FieldErrors;
  values?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const error = (name: string) => {
    const key = errors[name];
    return key ? t(key) : undefined;
  };
  const published = account.bankAccountNumber !== null;
  const says = owner === "library" ? "buying.bankAccount" : "buying.partnerAccount";
  return (
    <>
      {notice === "saved" || notice === "removed" ? <Notice>{t(`${says}.${notice}`)}</Notice> : null}
      <p className="font-medium">
        {published
          ? t("buying.bankAccount.current", {
              account: t("buying.bankAccountLine", {
                bank: account.bankName,
                number: account.bankAccountNumber,
                holder: account.bankAccountHolder,
              }),
            })
          : t(`${says}.none`)}
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
