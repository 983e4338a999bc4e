// Why a listing action was refused. Codes are i18n keys under `listings.errors`,
// so routes show a sentence in the reader's language. (A person who may not act
// on the record at all gets platform/http-errors' NotAllowedError instead.)

export class ListingError extends Error {
  override name = "ListingError";

  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}
