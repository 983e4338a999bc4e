import { NavLink, Outlet } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";

export type WorkspaceLink = { to: string; label: string; end?: boolean };

/** A role's workspace: its own menu beside the page (not printed). Labels are i18n keys. */
export function WorkspaceLayout({ label, links }: { label: string; links: WorkspaceLink[] }) {
  const { t } = useTranslation();
  return (
    <div className="gap-6 md:grid md:grid-cols-[12rem_1fr] print:block">
      <nav aria-label={t(label)} className="mb-6 md:mb-0 print:hidden">
        <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
          {links.map((link) => (
            <li key={link.to}>
              <NavLink
                to={link.to}
                end={link.end}
                prefetch="intent"
                className="hover:bg-brand-100 aria-[current=page]:bg-brand-700 block rounded-md px-3 py-2 aria-[current=page]:text-white"
              >
                {t(link.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  );
}
