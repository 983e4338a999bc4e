// The library switcher of the librarian workspace, for people who keep several libraries.
import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { secondaryButtonClass } from "~/ui/button";
import { workspaceHref } from "./workspace-href";

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
          className={`${secondaryButtonClass} aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
        >
          {library.name}
        </Link>
      ))}
    </nav>
  );
}
