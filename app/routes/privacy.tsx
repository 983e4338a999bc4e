// Issue 16: /privacy, the privacy notice (UU PDP 27/2022) in Bahasa Indonesia
// and English: what is held and why, consents, retention, rights and how to use
// them (/account/data), who sees the data, breaches, and whom to write to.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { accountsConfig } from "~/accounts/config.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("privacy.title") }));

export async function loader(_: LoaderFunctionArgs) {
  const config = accountsConfig();
  return { retentionDays: config.GUEST_CONTACT_RETENTION_DAYS, contactEmail: config.PRIVACY_CONTACT_EMAIL };
}

const COLLECTED = ["account", "producer", "orders", "impact", "messages", "technical"] as const;
const CONSENTS = ["publicProfile", "whatsapp", "impactReports", "impactStory"] as const;
const RETENTION = ["account", "guest", "books", "technical"] as const;
const RIGHTS = ["access", "correct", "delete", "withdraw", "object"] as const;

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

export default function Privacy() {
  const { retentionDays, contactEmail } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("privacy.title")}</h1>
        <p className="text-sm text-stone-700">{t("privacy.updated")}</p>
        <p>{t("privacy.intro")}</p>
      </header>
      <Section id="collected" heading={t("privacy.collected.heading")}>
        <ul className="list-disc space-y-1 pl-5">
          {COLLECTED.map((key) => (
            <li key={key}>{t(`privacy.collected.${key}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="consents" heading={t("privacy.consents.heading")}>
        <p>{t("privacy.consents.intro")}</p>
        <ul className="list-disc space-y-1 pl-5">
          {CONSENTS.map((key) => (
            <li key={key}>{t(`privacy.consents.${key}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="retention" heading={t("privacy.retention.heading")}>
        <ul className="list-disc space-y-1 pl-5">
          {RETENTION.map((key) => (
            <li key={key}>{t(`privacy.retention.${key}`, { days: retentionDays })}</li>
          ))}
        </ul>
      </Section>
      <Section id="rights" heading={t("privacy.rights.heading")}>
        <ul className="list-disc space-y-1 pl-5">
          {RIGHTS.map((key) => (
            <li key={key}>{t(`privacy.rights.${key}`)}</li>
          ))}
        </ul>
        <p>
          {t("privacy.rights.how")}{" "}
          <Link to="/account/data" className="underline">
            {t("privacy.rights.dataLink")}
          </Link>
          .
        </p>
        <p>{t("privacy.rights.noEmail")}</p>
      </Section>
      <Section id="sharing" heading={t("privacy.sharing.heading")}>
        <p>{t("privacy.sharing.body")}</p>
      </Section>
      <Section id="breach" heading={t("privacy.breach.heading")}>
        <p>{t("privacy.breach.body")}</p>
      </Section>
      <Section id="contact" heading={t("privacy.contact.heading")}>
        <p>
          {t("privacy.contact.body")}{" "}
          <a href={`mailto:${contactEmail}`} className="underline">
            {contactEmail}
          </a>
          .
        </p>
      </Section>
    </article>
  );
}
