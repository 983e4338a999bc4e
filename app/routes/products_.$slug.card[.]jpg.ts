// A product's square share card (issue 19): /products/<slug>/card.jpg?lang=id|en,
// linked from the producer's listing page and the librarian's storefront page.
// Public, like the page it points to; a listing that is not public has no card.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { shareCardContent, shareCardJpeg } from "~/catalog/share-card.server";
import { notFound } from "~/platform/http-errors";
import { DEFAULT_LANGUAGE, isLanguage } from "~/platform/i18n/languages";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = new URL(request.url).searchParams.get("lang");
  const language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  const content = await shareCardContent(request, params.slug ?? "", language);
  if (!content) throw notFound();
  const bytes = await shareCardJpeg(content);
  return new Response(bytes, {
    headers: {
      "Content-Type": "image/jpeg",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `inline; filename="kartu-${params.slug}-${language}.jpg"`,
      // The card changes when the listing does: revalidate, but let the browser keep it meanwhile.
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
