import { useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LANGUAGE, type Language } from "~/platform/i18n/languages";
import type { loader as rootLoader } from "~/root";

export function useLanguage(): Language {
  return useRouteLoaderData<typeof rootLoader>("root")?.language ?? DEFAULT_LANGUAGE;
}
