// What may be published of the figures, so that nobody's income can be read
// off a public page or a librarian's summary (admins of the scope see them
// whole). Client-safe; the SQL has already merged groups of fewer than 5
// producers with sales into one (`mergeSmallGroups`). The rules:
// 1. small group: a group (or the whole) with fewer than 5 producers with sales
//    shows nothing but that it is hidden; medians and shares of producers need
//    5 compared producers;
// 2. dominance: a sum where one producer makes more than half is hidden;
// 3. complementary: when exactly one group's sum is hidden among its siblings,
//    the smallest shown sibling's is hidden too, so the total less the others
//    does not give it back.
import type { GroupFigures } from "./figures.server";

export const MIN_PUBLISHED_PRODUCERS = 5;

export type HiddenReason = "smallGroup" | "dominance" | "complementary";

export const SUM_KEYS = ["net", "gross", "online", "library", "sponsored", "women", "excluded"] as const;
export type SumKey = (typeof SUM_KEYS)[number];

export type PublishedGroup = {
  key: string | null;
  /** The whole group is hidden (small group): nothing else is shown. */
  hiddenGroup: boolean;
  producersWithSales: number | null;
  activeProducers: number | null;
  trained: number | null;
  womenWithSales: number | null;
  sums: Record<SumKey, number | null>;
  hidden: Partial<Record<SumKey | "medians", HiddenReason>>;
  /** Shares (0–1), null when hidden or undefined (nothing to divide). */
  shareReaching: number | null;
  onlineShare: number | null;
  libraryShare: number | null;
  sponsoredShare: number | null;
  repeatBuyerRate: number | null;
  medianChangeIdr: number | null;
  medianChangePct: number | null;
  gain20Share: number | null;
  categories: GroupFigures["categories"] | null;
  medianPovertyRatio: number | null;
  abovePovertyShare: number | null;
};

const sumOf = (group: GroupFigures, key: SumKey): number =>
  ({
    net: group.netIdr,
    gross: group.grossIdr,
    online: group.onlineNetIdr,
    library: group.libraryNetIdr,
    sponsored: group.sponsoredNetIdr,
    women: group.womenNetIdr,
    excluded: group.excludedSelfIdr + group.excludedLibrarianIdr + group.excludedSponsorIdr,
  })[key];

const ratio = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? null : part / whole;

function publishOne(group: GroupFigures): PublishedGroup {
  const hiddenGroup = group.producersWithSales < MIN_PUBLISHED_PRODUCERS;
  const hidden: PublishedGroup["hidden"] = {};
  const sums = {} as Record<SumKey, number | null>;
  for (const key of SUM_KEYS) {
    const total = sumOf(group, key);
    if (hiddenGroup) {
      hidden[key] = "smallGroup";
      sums[key] = null;
    } else if (total > 0 && group.max[key] * 2 > total) {
      hidden[key] = "dominance";
      sums[key] = null;
    } else sums[key] = total;
  }
  const mediansShown = !hiddenGroup && group.compared >= MIN_PUBLISHED_PRODUCERS;
  if (!mediansShown) hidden.medians = "smallGroup";
  const counted = (value: number) => (hiddenGroup ? null : value);
  return {
    key: group.key,
    hiddenGroup,
    producersWithSales: counted(group.producersWithSales),
    activeProducers: counted(group.activeProducers),
    trained: counted(group.trained),
    womenWithSales: counted(group.womenWithSales),
    sums,
    hidden,
    shareReaching: null,
    onlineShare: null,
    libraryShare: null,
    sponsoredShare: null,
    repeatBuyerRate: hiddenGroup ? null : ratio(group.returningBuyers, group.buyers),
    medianChangeIdr: mediansShown ? group.medianChangeIdr : null,
    medianChangePct: mediansShown ? group.medianChangePct : null,
    gain20Share: mediansShown ? ratio(group.gain20, group.compared) : null,
    categories: mediansShown ? group.categories : null,
    medianPovertyRatio: mediansShown ? group.medianPovertyRatio : null,
    abovePovertyShare: mediansShown ? ratio(group.abovePovertyLine, group.compared) : null,
  };
}

function withShares(group: PublishedGroup): PublishedGroup {
  const { net, gross, online, library, sponsored } = group.sums;
  return {
    ...group,
    shareReaching: ratio(net, gross),
    onlineShare: ratio(online, net),
    libraryShare: ratio(library, net),
    sponsoredShare: ratio(sponsored, net),
  };
}

/** The whole scope and its groups as they may be published. */
export function publishFigures(
  total: GroupFigures,
  groups: GroupFigures[] = [],
): { total: PublishedGroup; groups: PublishedGroup[] } {
  const published = groups.map(publishOne);
  for (const key of SUM_KEYS) {
    const hiddenCount = published.filter((group) => group.sums[key] === null).length;
    if (hiddenCount !== 1) continue;
    const candidates = published
      .map((group, index) => ({ group, value: group.sums[key], index }))
      .filter((entry): entry is { group: PublishedGroup; value: number; index: number } => entry.value !== null)
      .sort((a, b) => a.value - b.value);
    const smallest = candidates[0];
    if (!smallest) continue;
    smallest.group.sums[key] = null;
    smallest.group.hidden[key] = "complementary";
  }
  return { total: withShares(publishOne(total)), groups: published.map(withShares) };
}

/** The figures whole, nothing hidden: for admins of the scope only. */
export function exactFigures(group: GroupFigures): PublishedGroup {
  const sums = Object.fromEntries(SUM_KEYS.map((key) => [key, sumOf(group, key)])) as Record<SumKey, number>;
  return withShares({
    key: group.key,
    hiddenGroup: false,
    producersWithSales: group.producersWithSales,
    activeProducers: group.activeProducers,
    trained: group.trained,
    womenWithSales: group.womenWithSales,
    sums,
    hidden: {},
    shareReaching: null,
    onlineShare: null,
    libraryShare: null,
    sponsoredShare: null,
    repeatBuyerRate: ratio(group.returningBuyers, group.buyers),
    medianChangeIdr: group.medianChangeIdr,
    medianChangePct: group.medianChangePct,
    gain20Share: ratio(group.gain20, group.compared),
    categories: group.compared ? group.categories : null,
    medianPovertyRatio: group.medianPovertyRatio,
    abovePovertyShare: ratio(group.abovePovertyLine, group.compared),
  });
}

/** A month of a published series: its sum, or null (hidden, with its reason). */
export function publishMonth(month: { netIdr: number; producersWithSales: number; maxNetIdr: number }) {
  if (month.producersWithSales === 0 && month.netIdr === 0) return { netIdr: 0, hidden: null };
  if (month.producersWithSales < MIN_PUBLISHED_PRODUCERS) return { netIdr: null, hidden: "smallGroup" as const };
  if (month.netIdr > 0 && month.maxNetIdr * 2 > month.netIdr) return { netIdr: null, hidden: "dominance" as const };
  return { netIdr: month.netIdr, hidden: null };
}
