import type { LoaderFunctionArgs } from "@remix-run/node";
import { PUBLIC_CACHE_CONTROL } from "~/catalog/public-cache.server";
import { notFound } from "~/platform/http-errors";
import { siteOrigin } from "~/platform/site-origin.server";
import { sitemapPartEntries, sitemapXml } from "~/catalog/sitemap.server";

/** One part of the sitemap index: /sitemaps/products-2.xml. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const name = /^(.+)\.xml$/.exec(params.part ?? "")?.[1];
  const entries = name ? await sitemapPartEntries(name) : null;
  if (!entries) throw notFound();
  return new Response(sitemapXml(siteOrigin(request), entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
