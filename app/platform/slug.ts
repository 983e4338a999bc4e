// URL slugs for anything people name (listings, producers, partners): readable
// words from the name plus a short random tail, so two "Keripik Pisang" never
// collide and a slug never has to be checked for uniqueness first.
import { randomBytes } from "node:crypto";

export function uniqueSlug(name: string, fallback = "item"): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${words || fallback}-${randomBytes(3).toString("hex")}`;
}
