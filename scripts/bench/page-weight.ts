// `npx tsx scripts/bench/page-weight.ts [base URL]`: first-visit weight of the
// public pages against a running production build (default
// http://127.0.0.1:3000), as weight.ts measures it. Budget: JS ≤ 100 KB
// (issue 13), HTML ≤ 60 KB compressed. Exits non-zero when a page is over
// budget. `npm run bench` measures the same on its own server.
import { WEIGHT_BUDGET, firstLink, weighPage } from "./weight";

const BASE = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");

const pages = [
  "/",
  "/products",
  "/products?q=kopi",
  "/impact",
  "/products?q=kripik&inStock=1",
  "/products?lng=en",
  await firstLink(BASE, "/products", /href="(\/products\/[^"?]+)"/),
  "/libraries",
  await firstLink(BASE, "/libraries", /href="(\/libraries\/[^"?]+)"/),
];
pages.push(await firstLink(BASE, pages[8]!, /href="(\/producers\/[^"?]+)"/));

let over = false;
console.log("| page | HTML gzip | JS gzip (modules) |");
console.log("|---|---|---|");
for (const page of pages) {
  const { html, js, modules } = await weighPage(BASE, page);
  const fail = html > WEIGHT_BUDGET.html || js > WEIGHT_BUDGET.js;
  over ||= fail;
  console.log(
    `| ${page} | ${(html / 1024).toFixed(1)} KB | ${(js / 1024).toFixed(1)} KB (${modules}) |${fail ? " OVER BUDGET" : ""}`,
  );
}
if (over) process.exitCode = 1;
