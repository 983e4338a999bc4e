// The sections of /account/data (issue 16): what we hold, the download,
// correcting it, consents, and deleting the account.
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import type { ConsentKind } from "~/generated/prisma/enums";
import { formatDateTime } from "~/platform/dates";
import { buttonClass, dangerButtonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { Alert } from "~/ui/notice";
import { useRootData } from "~/ui/root-data";
import type { DeletionBlocker } from "./account-deletion.server";

const sectionClass = "space-y-3 rounded-md border border-stone-300 p-4";
type Errors = Partial<Record<string, string>>;

export type HeldData = {
  account: { name: string; email: string | null; phone: string | null; loginPhone: string | null };
  counts: Record<"orders" | "products" | "baselines" | "consents" | "auditEntries", number>;
};

export function HeldSection({ held }: { held: HeldData }) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    [t("account.data.name"), held.account.name],
    [t("account.data.email"), held.account.email],
    [t("account.data.phone"), held.account.phone],
    [t("account.data.loginPhone"), held.account.loginPhone],
  ];
  return (
    <section aria-labelledby="held-heading" className={sectionClass}>
      <h2 id="held-heading" className="text-lg font-semibold">
        {t("account.data.heldHeading")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd>{value ?? t("account.data.none")}</dd>
          </div>
        ))}
      </dl>
      <h3 className="font-semibold">{t("account.data.counts")}</h3>
      <ul className="list-inside list-disc">
        {Object.entries(held.counts).map(([kind, count]) => (
          <li key={kind}>
            {t(`account.data.count_${kind as keyof HeldData["counts"]}`)}: {count}
          </li>
        ))}
      </ul>
      <a href="/account/data/export" download className={`${buttonClass} inline-block`}>
        {t("account.data.download")}
      </a>
      <p className="text-sm text-stone-700">{t("account.data.downloadHint")}</p>
    </section>
  );
}

export function CorrectSection({ held, errors }: { held: HeldData; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="correct-heading" className={sectionClass}>
      <h2 id="correct-heading" className="text-lg font-semibold">
        {t("account.data.correctHeading")}
      </h2>
      <Form method="post" className="max-w-sm space-y-3" noValidate>
        <CsrfInput />
        <Field
          name="name"
          label={t("auth.name")}
          defaultValue={held.account.name}
          autoComplete="name"
          required
          error={errors.name ? t(`auth.errors.${errors.name}` as "auth.errors.nameRequired") : undefined}
        />
        <Field
          name="phone"
          type="tel"
          label={t("auth.phone")}
          defaultValue={held.account.phone ?? ""}
          autoComplete="tel"
          error={errors.phone ? t(`auth.errors.${errors.phone}` as "auth.errors.phoneInvalid") : undefined}
        />
        <button type="submit" name="intent" value="correct" className={secondaryButtonClass}>
          {t("account.data.saveCorrection")}
        </button>
      </Form>
    </section>
  );
}

export type ConsentRow = { kind: ConsentKind; givenAt: Date | string | null };

export function ConsentsSection({ consents }: { consents: ConsentRow[] }) {
  const { t } = useTranslation();
  const language = useRootData()?.language ?? "id";
  if (!consents.length) return null;
  return (
    <section aria-labelledby="consents-heading" className={sectionClass}>
      <h2 id="consents-heading" className="text-lg font-semibold">
        {t("account.data.consentsHeading")}
      </h2>
      <p className="text-sm text-stone-700">{t("account.data.consentsIntro")}</p>
      <ul className="divide-y divide-stone-200">
        {consents.map(({ kind, givenAt }) => (
          <li key={kind} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="block font-medium">{t(`account.data.consentKind.${kind}`)}</span>
              <span className="text-sm text-stone-700">
                {givenAt
                  ? t("account.data.consentGiven", { when: formatDateTime(givenAt, language) })
                  : t("account.data.consentNotGiven")}
              </span>
            </span>
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="kind" value={kind} />
              <button
                type="submit"
                name="intent"
                value={givenAt ? "withdraw" : "give"}
                className={secondaryButtonClass}
                aria-label={`${t(givenAt ? "account.data.withdraw" : "account.data.give")}: ${t(`account.data.consentKind.${kind}`)}`}
              >
                {t(givenAt ? "account.data.withdraw" : "account.data.give")}
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DeleteSection({ blockers, errors }: { blockers: DeletionBlocker[]; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="delete-heading" className={sectionClass}>
      <h2 id="delete-heading" className="text-lg font-semibold">
        {t("account.data.deleteHeading")}
      </h2>
      <p>{t("account.data.deleteIntro")}</p>
      {blockers.length ? (
        <Alert>
          {t("account.data.blocked")}
          <ul className="list-inside list-disc">
            {blockers.map((blocker) => (
              <li key={blocker.reason}>
                {t(`account.data.blocker.${blocker.reason}`, { count: "count" in blocker ? blocker.count : 0 })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Form method="post" className="max-w-sm space-y-3" noValidate>
          <CsrfInput />
          <Field
            name="confirm"
            label={t("account.data.deleteConfirmLabel")}
            autoComplete="off"
            required
            error={errors.confirm ? t("account.data.errors.confirmWord") : undefined}
          />
          <Field
            name="password"
            type="password"
            label={t("account.data.deletePassword")}
            autoComplete="current-password"
            required
            error={errors.password ? t("account.data.errors.passwordWrong") : undefined}
          />
          <button type="submit" name="intent" value="delete" className={dangerButtonClass}>
            {t("account.data.deleteSubmit")}
          </button>
        </Form>
      )}
    </section>
  );
}
