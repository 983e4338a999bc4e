// Why a listing action was refused. Codes are i18n keys under `listings.errors`,
// so routes show a sentence in the reader's language; `NotAllowedError` means
// the person may not act on this record at all (a 403, or a 404 to hide it).

export class ListingError extends Error {
  override name = "ListingError";

  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

export class NotAllowedError extends Error {
  override name = "NotAllowedError";
}

/** For routes: a refused scope becomes the 403 page, a missing record the 404 page. */
export function httpErrorFor(error: unknown): unknown {
  if (error instanceof NotAllowedError) return new Response("forbidden", { status: 403, statusText: "Forbidden" });
  return error;
}
