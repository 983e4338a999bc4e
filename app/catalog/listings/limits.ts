// Limits the forms show and the server enforces. Client-safe.
export const MAX_PHOTOS = 8;
export const ALT_MAX = 200;
/** The multipart field photos arrive in. */
export const PHOTO_FIELD = "photos";
export const REVIEW_COMMENT_MAX = 1000;
