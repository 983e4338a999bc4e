// Page titles and descriptions in the reader's language, for route `meta`
// functions (which cannot use hooks).
import type { MetaDescriptor } from "@remix-run/node";
import { translator } from "~/platform/i18n/i18n";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "~/platform/i18n/languages";

type Match = { id: string; data: unknown };

export function languageOf(matches: Match[]): Language {
  const root = matches.find((match) => match.id === "root")?.data as { language?: unknown } | undefined;
  return isLanguage(root?.language) ? root.language : DEFAULT_LANGUAGE;
}

export function pageMeta(
  matches: Match[],
  page: (t: ReturnType<typeof translator>) => { title?: string; description?: string },
): MetaDescriptor[] {
  const t = translator(languageOf(matches));
  const { title, description } = page(t);
  const siteName = t("meta.siteName");
  return [
    { title: title ? `${title} · ${siteName}` : `${siteName} — ${t("meta.tagline")}` },
    { name: "description", content: description ?? t("meta.description") },
  ];
}
