// A click on a sponsored tile: recorded (not for bots), remembered in a
// first-party cookie for the 7-day attribution, then on to the target's page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { followClick } from "~/partners/sponsorship/serving.server";
import { notFound } from "~/platform/http-errors";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const followed = await followClick(request, params.id ?? "");
  if (!followed) throw notFound();
  const headers = new Headers({ Location: followed.location, "Cache-Control": "no-store", "X-Robots-Tag": "noindex" });
  if (followed.setCookie) headers.append("Set-Cookie", followed.setCookie);
  return new Response(null, { status: 303, headers });
}
