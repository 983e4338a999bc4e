import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import {
  type ClientLoaderFunctionArgs,
  type ShouldRevalidateFunction,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { workspacePath } from "~/accounts/scope.server";
import { getSessionUser, rememberLanguage } from "~/accounts/session.server";
import { mintsNoCsrfToken } from "~/catalog/public-cache.server";
import { unreadCount } from "~/notifications/unread.server";
import { useNonce } from "~/platform/csp-nonce";
import { csrfToken } from "~/platform/csrf.server";
import { i18nFor, loadMessages, messagesReadyFor } from "~/platform/i18n/i18n";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "~/platform/i18n/languages";
import { resolveLanguage } from "~/platform/i18n/language.server";
import { TranslationProvider } from "~/platform/i18n/react";
import { ErrorPage } from "~/ui/error-page";
import { pageMeta } from "~/ui/meta";
import type { RootData } from "~/ui/root-data";
import { SiteLayout } from "~/ui/site-layout";
import stylesheet from "~/ui/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ matches, error }) => [
  { name: "theme-color", content: "#6f3b0c" },
  // A route that failed may not render its own title: the error page names itself.
  ...(error
    ? pageMeta(matches, (t) => ({
        title:
          isRouteErrorResponse(error) && error.status === 404 ? t("errors.notFoundTitle") : t("errors.serverTitle"),
      }))
    : []),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [{ language, chosen, setCookie: languageCookie }, csrf, user] = await Promise.all([
    resolveLanguage(request),
    // Cacheable anonymous pages carry no per-user bit (see app/catalog/public-cache.server.ts).
    mintsNoCsrfToken(request) ? { token: "", setCookie: undefined } : csrfToken(request),
    getSessionUser(request),
  ]);
  if (user && context.requestLog) context.requestLog.userId = user.id;
  if (user && chosen) await rememberLanguage(user, language); // issue 15: their mail follows

  const headers = new Headers();
  if (languageCookie) headers.append("Set-Cookie", languageCookie);
  if (csrf.setCookie) headers.append("Set-Cookie", csrf.setCookie);
  return data(
    {
      language,
      csrf: csrf.token,
      account: user ? { name: user.name, workspace: workspacePath(user), unread: await unreadCount(user.id) } : null,
    } satisfies RootData,
    { headers },
  );
}

// The browser holds only the messages of the pages seen so far (see
// app/platform/i18n/message-sets.ts): before showing a page that needs more,
// the root route runs once more and fetches them.
export async function clientLoader({ request, serverLoader }: ClientLoaderFunctionArgs) {
  const root = await serverLoader<typeof loader>();
  await loadMessages(root.language, new URL(request.url).pathname);
  return root;
}

export const shouldRevalidate: ShouldRevalidateFunction = ({ nextUrl, defaultShouldRevalidate }) => {
  const language = document.documentElement.lang;
  return defaultShouldRevalidate || !isLanguage(language) || !messagesReadyFor(language, nextUrl.pathname);
};

const ZOD_JITLESS = "globalThis.__zod_globalConfig={jitless:true};";

function Document({ language, children }: { language: Language; children: ReactNode }) {
  const nonce = useNonce(); // the Content-Security-Policy's, set by entry.server.tsx
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <TranslationProvider translator={i18nFor(language)}>{children}</TranslationProvider>
        {/* Before any module: zod builds its parsers with `new Function` when eval is
            allowed, and probing that is a Content-Security-Policy violation. Its
            global config object, set here first, makes every parser jitless. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ZOD_JITLESS }} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { language, account } = useRouteLoaderData<typeof loader>("root")!;
  return (
    <Document language={language}>
      <SiteLayout language={language} account={account}>
        <Outlet />
      </SiteLayout>
    </Document>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData<typeof loader>("root");
  const language = root?.language ?? DEFAULT_LANGUAGE;
  if (!isRouteErrorResponse(error)) console.error(error);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const reason = isRouteErrorResponse(error) && error.data === "csrf" ? "csrf" : undefined;
  return (
    <Document language={language}>
      <SiteLayout language={language} account={root?.account ?? null}>
        <ErrorPage status={status} reason={reason} />
      </SiteLayout>
    </Document>
  );
}
