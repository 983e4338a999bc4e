// Every request body is capped while it streams in, before Remix (or a route)
// buffers it: Remix's request.formData() and the memory upload handler keep
// everything they are given, and a chunked body declares no Content-Length
// to check. Past the limit the server answers 413 and reads no further.
// Photo uploads get a larger limit than other forms, just above what their
// own checks allow, so those checks still answer with a sentence beside the
// field (app/catalog/listings/photos.server.ts, app/libraries/banner.server.ts;
// tests/integration/http-server.test.ts walks the upload routes).
import type { IncomingMessage } from "node:http";
import { MAX_UPLOAD_BYTES } from "../images/pipeline.server";

const KiB = 1024;
const MiB = 1024 * KiB;

/** Every form but the photo uploads; above the attendance import's own check (2 × 512 KiB). */
export const FORM_BODY_LIMIT = 2 * MiB;

/** Photos per listing (app/catalog/listings/limits.ts MAX_PHOTOS; the platform imports no capability). */
const PHOTOS_PER_UPLOAD = 8;
const MULTIPART_OVERHEAD = MiB;

const PHOTO_UPLOAD_ROUTES: { path: RegExp; limit: number }[] = [
  {
    path: /^\/producer\/listings\/[^/]+\/photos$/,
    limit: PHOTOS_PER_UPLOAD * MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD,
  },
  {
    path: /^\/librarian\/producers\/[^/]+\/listings\/[^/]+\/photos$/,
    limit: PHOTOS_PER_UPLOAD * MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD,
  },
  // The storefront banner: one photo.
  { path: /^\/librarian\/storefront$/, limit: MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD },
];

/** The most bytes a request to `pathname` may send (a single-fetch `.data` post is its route's). */
export function bodyLimitFor(pathname: string, contentType: string | undefined): number {
  if (!/^multipart\/form-data\b/i.test(contentType ?? "")) return FORM_BODY_LIMIT;
  const path = pathname.replace(/\.data$/, "").replace(/(.)\/+$/, "$1");
  return PHOTO_UPLOAD_ROUTES.find((route) => route.path.test(path))?.limit ?? FORM_BODY_LIMIT;
}

export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
  constructor(readonly limit: number) {
    super(`Request body over ${limit} bytes`);
  }
}

/** True when the request announces more bytes than `limit`: refuse it without reading. */
export function declaresTooMuch(req: IncomingMessage, limit: number): boolean {
  const declared = Number(req.headers["content-length"]);
  return Number.isFinite(declared) && declared > limit;
}

/**
 * The request's body as a web stream that errors (and stops reading) once
 * more than `limit` bytes came in, after calling `onTooLarge`. Reads with
 * backpressure, as Remix's own stream adapter does.
 */
export function limitedBody(req: IncomingMessage, limit: number, onTooLarge: () => void): ReadableStream<Uint8Array> {
  let received = 0;
  let settled = false;
  const stopReading = () => {
    req.off("data", onData);
    req.pause();
  };
  let onData: (chunk: Buffer) => void = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const settle = (finish: () => void) => {
          if (settled) return;
          settled = true;
          stopReading();
          finish();
        };
        onData = (chunk: Buffer) => {
          if (settled) return;
          received += chunk.byteLength;
          if (received > limit) {
            settle(() => controller.error(new BodyTooLargeError(limit)));
            onTooLarge();
            return;
          }
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        };
        req.on("data", onData);
        req.once("end", () => settle(() => controller.close()));
        req.once("error", (error) => settle(() => controller.error(error)));
        // The client went away before sending everything.
        req.once("close", () => {
          if (!req.complete) settle(() => controller.error(new Error("Request body ended early")));
        });
      },
      pull() {
        if (!settled) req.resume();
      },
      cancel() {
        settled = true;
        stopReading();
      },
    },
    { highWaterMark: 64 * KiB, size: (chunk) => chunk.byteLength },
  );
}
