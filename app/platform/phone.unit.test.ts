import { expect, test } from "vitest";
import { normaliseIndonesianPhone } from "./phone";

test.each([
  ["0812-3456-7890", "+6281234567890"],
  ["+62 812 3456 7890", "+6281234567890"],
  ["6281234567890", "+6281234567890"],
  ["085712345678", "+6285712345678"],
  ["+62 (0)812 3456 7890", "+6281234567890"],
  ["+6208123456789", "+628123456789"],
])("normalises %s to E.164", (input, expected) => {
  expect(normaliseIndonesianPhone(input)).toBe(expected);
});

test.each(["", "12345", "0212345678", "+1 415 555 0100", "08abc"])("rejects %j", (input) => {
  expect(normaliseIndonesianPhone(input)).toBeNull();
});
