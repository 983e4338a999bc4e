// Small pieces the librarian workspace pages share: the notice shown after a
// saved form, and the library switcher for people who keep several libraries.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { workspaceHref } from "./workspace-href";

/** The confirmation after a saved form (the page is reached by a redirect, so it is a plain status line). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
      {children}
    </p>
  );
}

export function LibrarySwitcher({
  current,
  libraries,
  path,
}: {
  current: string;
  libraries: { slug: string; name: string }[];
  path: string;
}) {
  const { t } = useTranslation();
  if (libraries.length < 2) return null;
  return (
    <nav aria-label={t("librarian.home.switchLibrary")} className="flex flex-wrap gap-2 text-sm">
      {libraries.map((library) => (
        <Link
          key={library.slug}
          to={workspaceHref(path, library.slug)}
          aria-current={library.slug === current ? "page" : undefined}
          className="aria-[current=page]:bg-brand-700 rounded-md border border-stone-400 px-3 py-1 aria-[current=page]:text-white"
        >
          {library.name}
        </Link>
      ))}
    </nav>
  );
}

export const buttonClass = "bg-brand-700 rounded-md px-4 py-2 font-semibold text-white disabled:opacity-70";
export const secondaryButtonClass = "rounded-md border border-stone-400 bg-white px-3 py-1";
