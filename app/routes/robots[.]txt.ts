import type { LoaderFunctionArgs } from "@remix-run/node";
import { PUBLIC_CACHE_CONTROL } from "~/catalog/public-cache.server";
import { siteOrigin } from "~/platform/site-origin.server";

// Workspaces, accounts and buying pages are nobody's search result.
const PRIVATE_PATHS = [
  "/producer/",
  "/librarian/",
  "/partner/",
  "/admin/",
  "/account",
  "/cart",
  "/checkout",
  "/orders/",
];

export function loader({ request }: LoaderFunctionArgs) {
  const lines = [
    "User-agent: *",
    ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`),
    "Allow: /",
    "",
    `Sitemap: ${siteOrigin(request)}/sitemap.xml`,
    "",
  ];
  return new Response(lines.join("\n"), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
