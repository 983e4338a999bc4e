import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass } from "./button";

/** What a person sees when something goes wrong: a sentence, not a stack trace. */
export function ErrorPage({ status, reason }: { status: number; reason?: "csrf" }) {
  const { t } = useTranslation();
  const [title, text] =
    reason === "csrf"
      ? [t("errors.forbiddenTitle"), t("auth.errors.csrf")]
      : status === 404
        ? [t("errors.notFoundTitle"), t("errors.notFoundText")]
        : status === 403
          ? [t("errors.forbiddenTitle"), t("errors.forbiddenText")]
          : [t("errors.serverTitle"), t("errors.serverText")];
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-brand-700 text-sm font-semibold">{status}</p>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-stone-700">{text}</p>
      <Link to="/" className={`${buttonClass} mt-6 inline-block`}>
        {t("errors.backHome")}
      </Link>
    </div>
  );
}
