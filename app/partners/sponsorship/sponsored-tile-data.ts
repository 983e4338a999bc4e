// The data of one sponsored tile, as the server hands it to a page. Client-safe.

export type SponsoredTileData = {
  campaignId: string;
  partnerName: string;
  kind: "product" | "producer" | "library";
  title: string;
  /** Producer of a product; village library of a producer; area of a library. */
  subtitle: string;
  image: {
    storageKey: string;
    widths: number[];
    alt: string;
    placeholder: string;
    width: number;
    height: number;
  } | null;
  fromPriceIdr: number | null;
  /** The click redirect (counts the click, then goes to the target). */
  clickHref: string;
  /** The impression counter: a 1×1 image the browser loads when it shows the tile, no script. */
  seenSrc: string;
  /** "Why this ad?": who paid and why it is shown. */
  whyHref: string;
};
