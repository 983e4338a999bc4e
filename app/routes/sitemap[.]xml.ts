import type { LoaderFunctionArgs } from "@remix-run/node";
import { PUBLIC_CACHE_CONTROL } from "~/catalog/public-cache.server";
import { siteOrigin } from "~/catalog/seo.server";
import { listSitemapEntries, sitemapXml } from "~/catalog/sitemap.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const xml = sitemapXml(siteOrigin(request), await listSitemapEntries());
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
