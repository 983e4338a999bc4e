// URL slugs for listings: readable words from the title plus a short random
// tail, so two "Keripik Pisang" listings never collide.
import { randomBytes } from "node:crypto";

export function listingSlug(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${words || "produk"}-${randomBytes(3).toString("hex")}`;
}
