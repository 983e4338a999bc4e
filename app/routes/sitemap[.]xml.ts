import type { LoaderFunctionArgs } from "@remix-run/node";
import { PUBLIC_CACHE_CONTROL } from "~/catalog/public-cache.server";
import { siteOrigin } from "~/platform/site-origin.server";
import { sitemapIndexXml, sitemapParts } from "~/catalog/sitemap.server";

/** A sitemap index: a national catalogue has more URLs than one sitemap may hold. */
export async function loader({ request }: LoaderFunctionArgs) {
  const xml = sitemapIndexXml(siteOrigin(request), await sitemapParts());
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
