// /account/security's two-step section (issue 16): turn it on (QR code, the
// first code), the recovery codes shown once, and turning it off.
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { Notice } from "~/ui/notice";

type State =
  { kind: "off" } | { kind: "settingUp"; secret: string; qrSvg: string } | { kind: "on"; recoveryCodesLeft: number };

export function TwoStepSection({
  state,
  recoveryCodes,
  done,
  errors,
}: {
  state: State;
  recoveryCodes: string[];
  done: string | null;
  errors: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const error = (key?: string) => (key ? t(`accountTrust.twoStep.errors.${key as "wrongCode"}`) : undefined);
  return (
    <section aria-labelledby="two-step-heading" className="space-y-3 rounded-md border border-stone-300 p-4">
      <h2 id="two-step-heading" className="text-lg font-semibold">
        {t("accountTrust.twoStep.heading")}
      </h2>
      <p className="text-sm text-stone-700">{t("accountTrust.twoStep.intro")}</p>
      {done === "twoStepDisabled" ? <Notice>{t("accountTrust.twoStep.disabled")}</Notice> : null}
      {recoveryCodes.length ? (
        <div className="space-y-2">
          <Notice>{t("accountTrust.twoStep.enabled")}</Notice>
          <h3 className="font-semibold">{t("accountTrust.twoStep.recoveryHeading")}</h3>
          <p>{t("accountTrust.twoStep.recoveryIntro")}</p>
          <ul className="grid grid-cols-2 gap-1 font-mono" data-testid="recovery-codes">
            {recoveryCodes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.kind === "off" ? (
        <Form method="post">
          <CsrfInput />
          <p className="mb-2">{t("accountTrust.twoStep.off")}</p>
          <button type="submit" name="intent" value="twoStepStart" className={secondaryButtonClass}>
            {t("accountTrust.twoStep.start")}
          </button>
        </Form>
      ) : null}
      {state.kind === "settingUp" ? (
        <Form method="post" className="max-w-sm space-y-3" noValidate>
          <CsrfInput />
          <p>{t("accountTrust.twoStep.scan")}</p>
          <div
            role="img"
            aria-label={t("accountTrust.twoStep.qrAlt")}
            className="w-48 bg-white p-2"
            // SVG drawn on the server by the qrcode package from our own otpauth:// URI: no script, no user text.
            dangerouslySetInnerHTML={{ __html: state.qrSvg }}
          />
          <p>
            {t("accountTrust.twoStep.secretLabel")}:{" "}
            <code className="font-mono break-all" data-testid="two-step-secret">
              {state.secret}
            </code>
          </p>
          <Field
            name="code"
            label={t("accountTrust.twoStep.confirmLabel")}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            error={error(errors.twoStepCode)}
          />
          <button type="submit" name="intent" value="twoStepConfirm" className={buttonClass}>
            {t("accountTrust.twoStep.confirm")}
          </button>
        </Form>
      ) : null}
      {state.kind === "on" ? (
        <Form method="post" className="max-w-sm space-y-3" noValidate>
          <CsrfInput />
          <p>{t("accountTrust.twoStep.on", { count: state.recoveryCodesLeft })}</p>
          <Field
            name="password"
            type="password"
            label={t("accountTrust.twoStep.disableLabel")}
            autoComplete="current-password"
            required
            error={error(errors.twoStepPassword)}
          />
          <button type="submit" name="intent" value="twoStepDisable" className={secondaryButtonClass}>
            {t("accountTrust.twoStep.disable")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
