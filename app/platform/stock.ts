// Stock levels shoppers and producers are told about. Client-safe.

/** At or below this many left, a variant shows "only N left" and the producer is warned. */
export const LOW_STOCK_THRESHOLD = 5;
