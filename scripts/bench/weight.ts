// First-visit weight of a page of a running production build: its HTML and
// every JavaScript module it loads (modulepreload links and module scripts in
// the HTML, plus the message sets of the page's language that the browser
// imports before hydrating: app/platform/i18n/message-sets.ts), each
// gzip-compressed as the server sends it. Used by `npm run bench` and `npm run bench:page-weight`.
import { gzipSync } from "node:zlib";
import { messagePartsFor } from "~/platform/i18n/message-sets";

/** Gzip bytes per public page: JS ≤ 100 KB (issue 13), HTML ≤ 60 KB. */
export const WEIGHT_BUDGET = { js: 100 * 1024, html: 60 * 1024 };

export type PageWeight = { html: number; js: number; modules: number };

async function text(base: string, path: string): Promise<string> {
  const get = () => fetch(base + path, { headers: { "Accept-Encoding": "identity" } });
  // Once more when a kept-alive connection was closed by the server as it was reused.
  const response = await get().catch(get);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

const gz = (body: string) => gzipSync(body, { level: 6 }).length;

/** The first link on `path` whose href matches `pattern` (its first group). */
export async function firstLink(base: string, path: string, pattern: RegExp): Promise<string> {
  const match = pattern.exec(await text(base, path));
  if (!match?.[1]) throw new Error(`no link matching ${pattern} on ${path}`);
  return match[1];
}

/** Gzip bytes of the page's HTML and of its JavaScript. */
export async function weighPage(base: string, path: string): Promise<PageWeight> {
  const html = await text(base, path);
  const scripts = new Set(
    [
      ...html.matchAll(/<link rel="modulepreload"[^>]*? href="([^"]+)"/g),
      ...html.matchAll(/import\("([^"]+\.js)"\)/g),
    ].map((match) => match[1]!),
  );
  let js = 0;
  // A chunk imported on the way (not preloaded by the HTML), with the modules it imports in turn.
  const withImports = async (url: string): Promise<number> => {
    if (scripts.has(url)) return 0;
    scripts.add(url);
    const source = await text(base, url);
    let bytes = gz(source);
    for (const [, imported] of source.matchAll(/(?:^|;)import\s*(?:[^"';]*?from\s*)?"(\.\/[\w.-]+\.js)"/g))
      bytes += await withImports(new URL(imported!, base + url).pathname);
    return bytes;
  };
  for (const src of [...scripts]) {
    const source = await text(base, src);
    js += gz(source);
    // The i18n module imports the messages the page needs before hydrating:
    // the sets of the page's language that its path needs.
    const language = /<html lang="(\w+)"/.exec(html)?.[1] ?? "id";
    const parts = messagePartsFor(new URL(path, base).pathname).join("|");
    const chunks = new RegExp(`import\\("\\./(${language}-(?:${parts})-[\\w-]+\\.js)"\\)`, "g");
    for (const [, chunk] of source.matchAll(chunks)) js += await withImports(new URL(chunk!, base + src).pathname);
  }
  return { html: gz(html), js, modules: scripts.size };
}
