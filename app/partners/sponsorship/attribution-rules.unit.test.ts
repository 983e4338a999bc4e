import { describe, expect, test } from "vitest";
import { ATTRIBUTION_DAYS, exclusionReason, lastClickFor, withinAttributionWindow } from "./attribution-rules";

const DAY = 24 * 60 * 60 * 1000;
const ordered = new Date("2026-12-20T10:00:00Z");
const ago = (ms: number) => new Date(ordered.getTime() - ms);

describe("the 7-day window, last click", () => {
  test("a click counts from the moment it was made until exactly 7 days later", () => {
    expect(ATTRIBUTION_DAYS).toBe(7);
    expect(withinAttributionWindow(ago(0), ordered)).toBe(true);
    expect(withinAttributionWindow(ago(7 * DAY), ordered)).toBe(true);
    expect(withinAttributionWindow(ago(7 * DAY + 1), ordered)).toBe(false);
    // A click after the order (clock skew, a replayed cookie) never counts for it.
    expect(withinAttributionWindow(new Date(ordered.getTime() + 1), ordered)).toBe(false);
  });

  test("the latest click within the window on a matching campaign wins", () => {
    const clicks = [
      { id: "old", campaignId: "a", createdAt: ago(8 * DAY) },
      { id: "first", campaignId: "a", createdAt: ago(3 * DAY) },
      { id: "last", campaignId: "b", createdAt: ago(1 * DAY) },
      { id: "other", campaignId: "c", createdAt: ago(1000) },
    ];
    const forAorB = (id: string) => id === "a" || id === "b";
    expect(lastClickFor(clicks, forAorB, ordered)?.id).toBe("last");
    expect(lastClickFor(clicks, (id) => id === "a", ordered)?.id).toBe("first");
    expect(lastClickFor(clicks.slice(0, 1), forAorB, ordered)).toBeNull();
    expect(lastClickFor(clicks, () => false, ordered)).toBeNull();
  });
});

describe("self-purchases are excluded", () => {
  const campaign = { partnerId: "partner-1" };
  const order = { producerUserId: "producer-user", producerLibraryId: "library-1" };
  const stranger = { userId: "someone", partnerIds: [], libraryIds: [] };

  test("a member of the sponsoring partner, the producer and their librarian", () => {
    expect(exclusionReason({ ...stranger, partnerIds: ["partner-1"] }, campaign, order)).toBe("PARTNER_MEMBER");
    expect(exclusionReason({ ...stranger, userId: "producer-user" }, campaign, order)).toBe("PRODUCER");
    expect(exclusionReason({ ...stranger, libraryIds: ["library-1"] }, campaign, order)).toBe("LIBRARIAN");
  });

  test("anyone else counts: a guest, another partner's member, another library's librarian", () => {
    expect(exclusionReason(stranger, campaign, order)).toBeNull();
    expect(exclusionReason({ userId: null, partnerIds: [], libraryIds: [] }, campaign, order)).toBeNull();
    expect(
      exclusionReason({ ...stranger, partnerIds: ["partner-2"], libraryIds: ["library-2"] }, campaign, order),
    ).toBeNull();
  });
});
