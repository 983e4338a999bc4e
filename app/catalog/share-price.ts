// The price a shared link names (issue 19): a product's one price, or "from"
// the lowest when its variants differ; for a producer's or library's page,
// "from" the lowest price of its products. Client-safe.
export type SharePrice = { amountIdr: number; from: boolean } | null;

export function productSharePrice(variants: Array<{ priceIdr: number }>): SharePrice {
  if (!variants.length) return null;
  const prices = variants.map((variant) => variant.priceIdr);
  const lowest = Math.min(...prices);
  return { amountIdr: lowest, from: prices.some((price) => price !== lowest) };
}

export function cardsSharePrice(cards: Array<{ fromPriceIdr: number | null }>): SharePrice {
  const prices = cards.flatMap((card) => (card.fromPriceIdr === null ? [] : [card.fromPriceIdr]));
  return prices.length ? { amountIdr: Math.min(...prices), from: true } : null;
}
