// A partner's working area decides whom it may endorse and promote: producers
// whose village (or, when unknown, whose home library) lies inside it. A
// partner with no area yet acts for nobody. Client-safe.

/** Whether `code` lies in `area` (the area itself or below it). */
export function withinArea(area: string | null, code: string | null | undefined): boolean {
  if (!area || !code) return false;
  return code === area || code.startsWith(`${area}.`);
}

/** Where a producer is, for area rules: their village, else their home library's area. */
export const producerPlace = (producer: { villageCode: string | null; homeLibrary: { areaCode: string } }) =>
  producer.villageCode ?? producer.homeLibrary.areaCode;
