import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import type { Language } from "~/platform/i18n/languages";
import { buttonClass } from "./button";
import { CsrfInput } from "./csrf-input";

type Account = { name: string; workspace: string; unread: number } | null;

function languageSwitchHref(pathname: string, search: string, target: Language) {
  const params = new URLSearchParams(search);
  params.set("lng", target);
  return `${pathname}?${params}`;
}

export function SiteLayout({
  children,
  account,
  language,
}: {
  children: ReactNode;
  account: Account;
  language: Language;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const otherLanguage: Language = language === "id" ? "en" : "id";
  const query = location.pathname === "/products" ? (new URLSearchParams(location.search).get("q") ?? "") : "";

  // Printing (a packing slip) shows the page alone: header, search, menus and footer stay on screen.
  return (
    <div className="flex min-h-screen flex-col print:block print:min-h-0">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 print:hidden"
      >
        {t("nav.skipToContent")}
      </a>
      <header className="border-brand-100 border-b bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link to="/" className="text-brand-700 text-xl font-bold" prefetch="intent">
            {t("meta.siteName")}
          </Link>
          <Form
            method="get"
            action="/products"
            role="search"
            className="order-last flex w-full gap-2 sm:order-none sm:w-auto sm:flex-1"
          >
            <label htmlFor="site-search" className="sr-only">
              {t("nav.searchLabel")}
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              defaultValue={query}
              key={query}
              placeholder={t("nav.searchPlaceholder")}
              className="min-w-0 flex-1 rounded-md border border-stone-400 px-3 py-2"
            />
            <button type="submit" className={buttonClass}>
              {t("nav.searchButton")}
            </button>
          </Form>
          <nav aria-label={t("nav.mainMenu")} className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <NavLink to="/products" prefetch="intent" className="hover:underline aria-[current=page]:font-semibold">
              {t("nav.products")}
            </NavLink>
            <NavLink to="/libraries" prefetch="intent" className="hover:underline aria-[current=page]:font-semibold">
              {t("nav.libraries")}
            </NavLink>
            <NavLink to="/cart" className="hover:underline aria-[current=page]:font-semibold">
              {t("nav.cart")}
            </NavLink>
            {account ? (
              <>
                <Link to={account.workspace} className="hover:underline">
                  {t("nav.myWorkspace")}
                </Link>
                <Link to="/account/notifications" className="hover:underline" data-unread={account.unread}>
                  {account.unread > 0
                    ? t("nav.notificationsUnread", { count: account.unread })
                    : t("nav.notifications")}
                </Link>
                <Form method="post" action="/logout">
                  <CsrfInput />
                  <button type="submit" className="hover:underline">
                    {t("nav.logout")}
                  </button>
                </Form>
              </>
            ) : (
              <>
                <Link to="/login" className="hover:underline">
                  {t("nav.login")}
                </Link>
                <Link to="/signup" className="hover:underline">
                  {t("nav.signup")}
                </Link>
              </>
            )}
            <a
              href={languageSwitchHref(location.pathname, location.search, otherLanguage)}
              lang={otherLanguage}
              hrefLang={otherLanguage}
              className="rounded border border-stone-400 px-2 py-0.5"
            >
              {t("nav.switchTo")}
            </a>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 print:p-0">
        {children}
      </main>
      <footer className="border-brand-100 border-t bg-white print:hidden">
        <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-stone-700">
          <p>{t("footer.about")}</p>
          <p>{t("footer.pickup")}</p>
          <p>
            <Link to="/impact" className="underline">
              {t("footer.impact")}
            </Link>
            {" · "}
            <Link to="/privacy" className="underline">
              {t("footer.privacy")}
            </Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
