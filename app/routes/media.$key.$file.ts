// Serves one stored photo rendition: /media/<storage key>/<width>.webp, and
// the share JPEG of a photo or page card: /media/<key>/1200.jpg (issue 19;
// made from the photo's largest rendition on first request).
// Keys are content hashes, so a URL never changes meaning: cache it forever.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { notFound } from "~/platform/http-errors";
import { photoShareImage, SHARE_IMAGE } from "~/platform/images/share-image.server";
import { imageStore } from "~/platform/images/storage.server";
import { isRenditionWidth, STORAGE_KEY_PATTERN } from "~/platform/images/urls";

const RenditionParams = z.object({
  key: z.string().regex(STORAGE_KEY_PATTERN),
  file: z.union([
    z
      .string()
      .regex(/^[1-9]\d{0,4}\.webp$/)
      .transform((file) => ({ width: Number.parseInt(file, 10), format: "webp" as const }))
      .refine(({ width }) => isRenditionWidth(width)),
    z.literal(`${SHARE_IMAGE.width}.jpg`).transform(() => ({ width: SHARE_IMAGE.width, format: "jpg" as const })),
  ]),
});

export async function loader({ params, request }: LoaderFunctionArgs) {
  const parsed = RenditionParams.safeParse(params);
  if (!parsed.success) return missing();
  const {
    key,
    file: { width, format },
  } = parsed.data;

  const etag = `"${key}-${width}${format === "jpg" ? "-jpg" : ""}"`;
  const headers = {
    "Content-Type": format === "jpg" ? "image/jpeg" : "image/webp",
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  const store = imageStore();
  if (matchesEtag(request.headers.get("If-None-Match"), etag) && (await store.has(key, width, format))) {
    return new Response(null, { status: 304, headers });
  }
  const bytes = format === "jpg" ? await photoShareImage(key, { store }) : await store.get(key, width);
  if (!bytes) return missing();
  return new Response(bytes, { headers: { ...headers, "Content-Length": String(bytes.byteLength) } });
}

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

// Not cached: a key that is unknown now may be uploaded a moment later.
function missing() {
  const response = notFound();
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Content-Type", "text/plain");
  return response;
}
