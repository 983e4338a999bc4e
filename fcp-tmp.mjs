import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-gpu"] });
for (const js of [false, true]) for (const p of ["/", "/", "/products?q=kopi"]) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, javaScriptEnabled: js });
  const page = await ctx.newPage();
  await page.goto("http://127.0.0.1:3541" + p, { waitUntil: "networkidle" });
  const r = await page.evaluate(() => { const n = performance.getEntriesByType("navigation")[0]; const res = performance.getEntriesByType("resource").map(e => e.name.split("/").pop().slice(0,14) + ":" + Math.round(e.startTime) + "-" + Math.round(e.responseEnd)).slice(0,8); return { fp: Math.round(performance.getEntriesByName("first-paint")[0]?.startTime ?? -1), fcp: Math.round(performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1), rs: Math.round(n.responseStart), re: Math.round(n.responseEnd), di: Math.round(n.domInteractive), dcl: Math.round(n.domContentLoadedEventEnd), res }; });
  console.log(js ? "js " : "nojs", p, JSON.stringify(r));
  await ctx.close();
}
await browser.close();
