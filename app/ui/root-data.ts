// What the root route gives every page (app/root.tsx's loader returns exactly
// this shape, checked there with `satisfies`), read by the shared pieces
// below the routes without importing the root route.
import { useRouteLoaderData } from "@remix-run/react";
import type { Language } from "~/platform/i18n/languages";

export type RootData = {
  language: Language;
  /** The CSRF token for forms; empty on publicly cached pages (see csrf.server.ts). */
  csrf: string;
  /** issue 15: `unread` is the count of unread notifications (the header link shows it). */
  account: { name: string; workspace: string; unread: number } | null;
};

export function useRootData(): RootData | undefined {
  return useRouteLoaderData("root") as RootData | undefined;
}
