/** A shopper never needs more of one item at once; keeps typos (1000 for 10) out. Shared by server and forms. */
export const MAX_QUANTITY = 99;
