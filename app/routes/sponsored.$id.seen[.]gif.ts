// A sponsored tile's impression: the browser loads this 1×1 image when it shows
// the tile; the server counts it (bots excluded) and answers a transparent GIF
// that no cache keeps, so every showing is counted, even of a cached page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { countImpression } from "~/partners/sponsorship/serving.server";

const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await countImpression(params.id ?? "", request.headers.get("user-agent"));
  return new Response(PIXEL, {
    headers: { "Content-Type": "image/gif", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" },
  });
}
