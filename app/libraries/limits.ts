// Limits the librarian's forms state and the domain modules enforce. Client-safe.

/** Consent older than this is not consent to today's change: ask the producer again. */
export const CONSENT_MAX_DAYS = 30;
/** An event sale older than this is not an event day's entry any more: it would rewrite past impact reports. */
export const EVENT_SALE_MAX_DAYS = 60;
/** The banner photo's file field and the longest description. */
export const BANNER_FIELD = "bannerPhoto";
export const BANNER_ALT_MAX = 200;
