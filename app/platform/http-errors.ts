// The refusals every route and domain module shares. Domain code throws
// `NotAllowedError` (no HTTP in business rules); routes turn it, with
// `httpErrorFor`, into the 403 page. Client-safe: `Response` is a web global.

/** The person may not act on this record at all. Routes answer 403 (or 404 to hide that it exists). */
export class NotAllowedError extends Error {
  override name = "NotAllowedError";
}

export const forbidden = () => new Response("forbidden", { status: 403, statusText: "Forbidden" });

export const notFound = () => new Response("not found", { status: 404, statusText: "Not Found" });

/** A form no page of ours sends (an unknown intent, a missing hidden field): nothing to show the person. */
export const badRequest = () => new Response("bad request", { status: 400, statusText: "Bad Request" });

/** For routes: a refused scope becomes the 403 page; anything else is rethrown as it is. */
export function httpErrorFor(error: unknown): unknown {
  if (error instanceof NotAllowedError) return forbidden();
  return error;
}
