// Indonesian mobile numbers as people type them (0812-3456-7890, +62 812…,
// 62812…, +62 (0)812…) normalised to E.164 (+62812…). Returns null when it is not one.
export function normaliseIndonesianPhone(input: string): string | null {
  const digits = input.replace(/[\s\-().]/g, "");
  // "+62 (0)812…" and "+620812…": the trunk 0 written after the country code is dropped too.
  const national = /^\+?62/.test(digits) ? digits.replace(/^\+?620?/, "") : digits.replace(/^0/, "");
  if (!/^8\d{7,11}$/.test(national)) return null;
  return `+62${national}`;
}
