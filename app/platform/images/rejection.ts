// Why an uploaded photo was refused. The reason codes are stable so the UI can
// show a sentence in the reader's language (i18n keys), while `message` keeps
// the technical cause for logs. Client-safe: no node imports.

export const IMAGE_REJECTION_REASONS = [
  "not-an-image",
  "unsupported-type",
  "too-large",
  "too-many-pixels",
  "corrupt",
] as const;
export type ImageRejectionReason = (typeof IMAGE_REJECTION_REASONS)[number];

export class ImageRejectedError extends Error {
  override name = "ImageRejectedError";

  constructor(
    readonly reason: ImageRejectionReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isImageRejectedError(error: unknown): error is ImageRejectedError {
  return error instanceof ImageRejectedError;
}
