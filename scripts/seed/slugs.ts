// URL slugs for seeded names, unique within one kind of thing.

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents, once NFKD has split them off
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Hands out unique slugs in order, so reruns give the same ones. When a name
 * is taken it tries the name with each qualifier ("rengginang-terasi-kauman"
 * reads better than "rengginang-terasi-6"), and only then numbers it.
 */
export function slugRegistry() {
  const taken = new Set<string>();
  const claim = (slug: string) => (taken.add(slug), slug);
  return (name: string, ...qualifiers: string[]): string => {
    const candidates = [name, ...qualifiers.map((qualifier) => `${name} ${qualifier}`)].map(slugify);
    const free = candidates.find((candidate) => !taken.has(candidate));
    if (free) return claim(free);
    let suffix = 2;
    while (taken.has(`${candidates[0]}-${suffix}`)) suffix++;
    return claim(`${candidates[0]}-${suffix}`);
  };
}
