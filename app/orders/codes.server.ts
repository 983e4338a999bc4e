// Short order codes people read aloud at the library desk, and secret link tokens.
import { randomBytes, randomInt } from "node:crypto";

// Crockford-style alphabet: no I, L, O, U, so "1" and "0" are never misread.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** "LP" + 6 characters: ~1 billion codes; the unique index catches the rare clash. */
export function newOrderCode(): string {
  let code = "LP";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Where new order codes come from: tests swap `next` to force a clash. */
export const orderCodeSource = { next: newOrderCode };

/** Normalises what a librarian types ("lp-7k3q 9x", "7K3Q9X") to the stored form. */
export function normaliseOrderCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, "");
  const body = compact.startsWith("LP") ? compact.slice(2) : compact;
  return `LP${body.replace(/O/g, "0").replace(/[IL]/g, "1")}`;
}

export function newAccessToken(): string {
  return randomBytes(24).toString("base64url");
}
