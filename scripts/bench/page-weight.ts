// `npx tsx scripts/bench/page-weight.ts [base URL]`: first-visit weight of the
// public pages against a running production build (default
// http://127.0.0.1:3000): the HTML and every JavaScript module the page loads
// (modulepreload links and module scripts in the HTML, plus the public
// messages of the page's language, which the browser imports before
// hydrating), each
// gzip-compressed as the server sends it. Budget: JS ≤ 120 KB, HTML ≤ 60 KB compressed.
// Exits non-zero when a page is over budget.
import { gzipSync } from "node:zlib";

const BASE = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const BUDGET = { js: 120 * 1024, html: 60 * 1024 };

async function text(path: string): Promise<string> {
  const response = await fetch(BASE + path, { headers: { "Accept-Encoding": "identity" } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

const gz = (body: string) => gzipSync(body, { level: 6 }).length;

async function firstLink(path: string, pattern: RegExp): Promise<string> {
  const match = pattern.exec(await text(path));
  if (!match?.[1]) throw new Error(`no link matching ${pattern} on ${path}`);
  return match[1];
}

const pages = [
  "/",
  "/products",
  "/products?q=kripik&inStock=1",
  "/products?lng=en",
  await firstLink("/products", /href="(\/products\/[^"?]+)"/),
  "/libraries",
  await firstLink("/libraries", /href="(\/libraries\/[^"?]+)"/),
];
pages.push(await firstLink(pages[6]!, /href="(\/producers\/[^"?]+)"/));

let over = false;
console.log("| page | HTML gzip | JS gzip (modules) |");
console.log("|---|---|---|");
for (const page of pages) {
  const html = await text(page);
  const scripts = new Set(
    [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g), ...html.matchAll(/import\("([^"]+\.js)"\)/g)].map(
      (match) => match[1]!,
    ),
  );
  let js = 0;
  for (const src of [...scripts]) {
    const source = await text(src);
    js += gz(source);
    // The i18n module imports the messages the page needs before hydrating:
    // on these public pages, the public set of the page's language.
    const language = /<html lang="(\w+)"/.exec(html)?.[1] ?? "id";
    for (const [, chunk] of source.matchAll(new RegExp(`import\\("\\./(${language}-public-[\\w-]+\\.js)"\\)`, "g"))) {
      const url = new URL(chunk!, BASE + src).pathname;
      if (!scripts.has(url)) {
        scripts.add(url);
        js += gz(await text(url));
      }
    }
  }
  const htmlSize = gz(html);
  const fail = htmlSize > BUDGET.html || js > BUDGET.js;
  over ||= fail;
  console.log(
    `| ${page} | ${(htmlSize / 1024).toFixed(1)} KB | ${(js / 1024).toFixed(1)} KB (${scripts.size}) |${fail ? " OVER BUDGET" : ""}`,
  );
}
if (over) process.exitCode = 1;
