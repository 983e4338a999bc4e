// Issue 19: shared links that work, proven with tools nobody on this project
// wrote: the W3C Nu HTML checker (vnu-jar, run with the machine's Java),
// structured-data-testing-tool's Google and SocialMedia presets, and
// open-graph-scraper reading each page kind as a link-preview crawler would.
// Also: no NUL byte on any sitemap URL, and sharing without JavaScript.
import { type APIRequestContext, type BrowserContext } from "@playwright/test";
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import ogs from "open-graph-scraper";
import sharp from "sharp";
import { type DemoRole, expect, logInAs, test } from "./helpers";

const require = createRequire(import.meta.url);
type SdttResult = { passed: unknown[]; failed: Array<{ test?: string; description?: string; error?: unknown }> };
const { structuredDataTest } = require("structured-data-testing-tool") as {
  structuredDataTest(html: string, options: { presets: unknown[] }): Promise<SdttResult>;
};
const { Google, SocialMedia } = require("structured-data-testing-tool/presets") as Record<string, unknown>;
const VNU_JAR = require.resolve("vnu-jar/build/dist/vnu.jar");

const BROWSER_UA =
  "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
/** open-graph-scraper's URL rules, but allowing the test server's host name (`localhost`, no TLD). */
const LOCAL_URLS = {
  allow_fragments: true,
  allow_protocol_relative_urls: false,
  allow_query_components: true,
  allow_trailing_dot: false,
  allow_underscores: false,
  protocols: ["http", "https"],
  require_host: true,
  require_port: false,
  require_protocol: true,
  require_tld: false,
  require_valid_protocol: true,
  validate_length: true,
};
/** A demo product in stock, for a cart to check out. */
const CART_PRODUCT = "keripik-pisang-manis";
const CRAWLER_UA = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)";

/** Every URL the sitemap names (its index, then each part). */
async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const parts = locs(await (await request.get("/sitemap.xml")).text());
  const urls: string[] = [];
  for (const part of parts) urls.push(...locs(await (await request.get(new URL(part).pathname)).text()));
  return urls.map((url) => new URL(url).pathname);
}

/** One page of each public kind, from the demo data. */
async function pageKinds(request: APIRequestContext) {
  const paths = await sitemapUrls(request);
  const first = (prefix: string) => paths.find((one) => one.startsWith(prefix))!;
  // Partners and endorsements are not in the sitemap: found by their links, as a visitor would.
  const links = async (page: string, pattern: RegExp) =>
    [...(await (await request.get(page)).text()).matchAll(pattern)].map((match) => match[0]);
  const partners = await links("/partners", /\/partners\/[a-z0-9-]+/g);
  let endorsement: string | undefined;
  let partner = partners[0]!;
  for (const one of partners) {
    endorsement = (await links(one, /\/endorsements\/[a-z2-7]{26}/g))[0];
    if (endorsement) {
      partner = one;
      break;
    }
  }
  return {
    home: "/",
    catalogue: "/products",
    product: first("/products/"),
    producer: first("/producers/"),
    libraries: "/libraries",
    library: first("/libraries/"),
    partners: "/partners",
    partner,
    endorsement: endorsement!,
    impact: "/impact",
  };
}

/**
 * The document as the checker should see it. Remix streams its deferred-data
 * scripts after `</html>` (React's streaming renderer appends them to the
 * body it already closed); browsers move them into the body, but a validator
 * reading the bytes reports "stray script after </html>". That tail is the
 * framework's, not the page's, so it is cut before checking.
 */
const documentOf = (html: string) => html.slice(0, html.indexOf("</html>") + "</html>".length);

type VnuMessage = { type: string; url: string; message: string; extract?: string; lastLine?: number };

function nuCheck(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      "java",
      ["-jar", VNU_JAR, "--format", "json", "--errors-only", ...files],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        try {
          resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
        } catch {
          reject(error ?? new Error(stderr));
        }
      },
    );
  });
}

test("the W3C Nu HTML checker finds no error on any public page kind, in both languages", async ({ request }) => {
  test.setTimeout(180_000);
  const kinds = await pageKinds(request);
  const directory = mkdtempSync(path.join(os.tmpdir(), "lapak-vnu-"));
  const files: string[] = [];
  for (const [kind, pagePath] of Object.entries(kinds)) {
    for (const language of ["id", "en"]) {
      const response = await request.get(`${pagePath}${pagePath.includes("?") ? "&" : "?"}lng=${language}`);
      expect(response.status(), `${kind} ${language}`).toBe(200);
      const file = path.join(directory, `${kind}-${language}.html`);
      writeFileSync(file, documentOf(await response.text()));
      files.push(file);
    }
  }
  const errors = (await nuCheck(files)).filter((message) => message.type === "error");
  expect(
    errors.map((error) => `${path.basename(new URL(error.url).pathname)}:${error.lastLine}: ${error.message}`),
  ).toEqual([]);
});

const WORKSPACE_PAGES: Record<DemoRole, string[]> = {
  shopper: ["/account"],
  producer: ["/producer", "/producer/listings", "/producer/listings/new", "/producer/orders", "/producer/profile"],
  librarian: ["/librarian", "/librarian/storefront", "/librarian/storefront/qr", "/librarian/producers"],
  partner: ["/partner"],
  admin: ["/admin"],
};

test("the Nu HTML checker finds no error on each role's workspace pages and on forms showing their errors", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const directory = mkdtempSync(path.join(os.tmpdir(), "lapak-vnu-"));
  const files: string[] = [];
  const save = (name: string, html: string) => {
    const file = path.join(directory, `${name.replace(/[^a-z0-9]+/gi, "-")}.html`);
    writeFileSync(file, documentOf(html));
    files.push(file);
  };
  // Forms with their errors, as a phone without JavaScript shows them.
  const anonymous = await browser.newContext({ javaScriptEnabled: false });
  const form = await anonymous.newPage();
  await form.goto("/login");
  save("login", await form.content());
  await form.getByLabel("Email").fill("bukan-akun@example.com");
  await form.getByLabel("Kata sandi").fill("salah-sekali-123");
  await form.getByRole("button", { name: "Masuk" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  save("login-refused", await form.content());
  await form.goto("/signup");
  save("signup", await form.content());
  // Refused submissions, as the server answers them (the bytes of its 400 page, not the browser's DOM).
  const refused = async (context: BrowserContext, formPath: string, fields: Record<string, string>) => {
    const csrf = (await (await context.request.get(formPath)).text()).match(/name="csrf" value="([^"]+)"/)![1]!;
    const response = await context.request.post(formPath, { form: { csrf, ...fields } });
    expect(response.status(), formPath).toBe(400);
    expect(await response.text(), formPath).toContain('aria-invalid="true"');
    save(`${formPath}-refused`, await response.text());
  };
  await refused(anonymous, "/signup", { name: "R", email: "bukan-email", phone: "12", password: "pendek" });
  // Checkout with something in the cart (added through the product page's form) and no contact details.
  await form.goto(`/products/${CART_PRODUCT}`);
  await form.locator('form[action="/cart"]').first().locator("button").last().click();
  await expect(form).toHaveURL(/\/cart$/);
  await refused(anonymous, "/checkout", { fulfilment: "PICKUP" });
  await anonymous.close();

  for (const [role, pages] of Object.entries(WORKSPACE_PAGES) as Array<[DemoRole, string[]]>) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAs(page, role);
    for (const pagePath of pages) {
      // The bytes the server sends, with the signed-in person's cookies.
      const response = await context.request.get(pagePath);
      expect(response.status(), pagePath).toBe(200);
      save(`${role}${pagePath}`, await response.text());
    }
    // A product form sent empty.
    if (role === "producer") await refused(context, "/producer/listings/new", {});
    await context.close();
  }
  const errors = (await nuCheck(files)).filter((message) => message.type === "error");
  expect(
    errors.map((error) => `${path.basename(new URL(error.url).pathname)}:${error.lastLine}: ${error.message}`),
  ).toEqual([]);
});

test("structured-data-testing-tool: Google and SocialMedia presets pass on home, product, producer and library pages", async ({
  request,
}) => {
  const kinds = await pageKinds(request);
  for (const kind of ["home", "product", "producer", "library"] as const) {
    const html = await (await request.get(kinds[kind])).text();
    const result = await structuredDataTest(html, { presets: [Google, SocialMedia] }).catch(
      (error: { type?: string; res?: SdttResult }) => {
        if (error.type === "VALIDATION_FAILED" && error.res) return error.res;
        throw error;
      },
    );
    expect(
      result.failed.map((failure) => `${kind}: ${failure.test ?? failure.description}`),
      kind,
    ).toEqual([]);
    expect(result.passed.length, kind).toBeGreaterThan(0);
  }
});

test("open-graph-scraper reads a JPEG preview under 300 KB and at least 600 px wide on every page kind", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const kinds = await pageKinds(request);
  for (const [kind, pagePath] of Object.entries(kinds)) {
    const { result } = await ogs({
      url: `${baseURL}${pagePath}`,
      fetchOptions: { headers: { "user-agent": CRAWLER_UA } },
      urlValidatorSettings: LOCAL_URLS,
    });
    expect(result.ogTitle, kind).toBeTruthy();
    expect(result.ogSiteName, kind).toBe("Lapak Pustaka");
    expect(result.ogLocale, kind).toBe("id_ID");
    const image = result.ogImage?.[0];
    expect(image?.url, kind).toMatch(/^http:\/\/localhost:\d+\/media\/[0-9a-f]+\/1200\.jpg$/);
    const response = await request.get(image!.url);
    expect(response.headers()["content-type"], kind).toMatch(/^image\/(jpeg|png)$/);
    const bytes = await response.body();
    expect(bytes.byteLength, kind).toBeLessThan(300 * 1024);
    const metadata = await sharp(bytes).metadata();
    expect(["jpeg", "png"], kind).toContain(metadata.format);
    expect(metadata.width, kind).toBeGreaterThanOrEqual(600);
  }
});

test("no NUL byte on any sitemap URL, for a browser and a crawler, in both languages", async ({ request }) => {
  test.setTimeout(240_000);
  const urls = await sitemapUrls(request);
  expect(urls.length).toBeGreaterThan(10);
  const requests = urls.flatMap((url) =>
    [BROWSER_UA, CRAWLER_UA].flatMap((userAgent) => ["id", "en"].map((language) => ({ url, userAgent, language }))),
  );
  // A few at a time, as a crawler fetches: the server renders while the next answer travels.
  const problems: string[] = [];
  const fetchNext = async () => {
    for (let next = requests.shift(); next; next = requests.shift()) {
      const { url, userAgent, language } = next;
      const response = await request.get(`${url}?lng=${language}`, { headers: { "User-Agent": userAgent } });
      const body = await response.body();
      if (response.status() !== 200) problems.push(`${url} ${userAgent} ${language}: status ${response.status()}`);
      if (body.includes(0)) problems.push(`${url} ${userAgent} ${language}: NUL byte`);
    }
  };
  const total = requests.length;
  await Promise.all(Array.from({ length: 4 }, fetchNext));
  expect(problems).toEqual([]);
  console.log(`NUL sweep: ${urls.length} sitemap URLs, ${total} responses, 0 NUL bytes`);
});

test("a product is shared to WhatsApp without JavaScript, at 360 px", async ({ browser, request }) => {
  const { product } = await pageKinds(request);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(product);
  const whatsapp = page.getByRole("link", { name: /Bagikan ke WhatsApp/ });
  await expect(whatsapp).toBeVisible();
  const href = new URL((await whatsapp.getAttribute("href"))!);
  expect(href.origin).toBe("https://wa.me");
  const text = href.searchParams.get("text")!;
  expect(text).toMatch(/Rp[\d.]+/);
  expect(text).toContain(`${product}?via=whatsapp`);
  await expect(page.getByLabel("Tautan halaman ini")).toHaveValue(/\/products\//);

  // Following the shared link lands on the clean address.
  await page.goto(`${product}?via=whatsapp`);
  await expect(page).toHaveURL(new RegExp(`${product}$`));
  await context.close();
});

test("a product's share card downloads as a square JPEG", async ({ request }) => {
  const { product } = await pageKinds(request);
  const response = await request.get(`${product}/card.jpg?lang=id`);
  expect(response.headers()["content-type"]).toBe("image/jpeg");
  const metadata = await sharp(await response.body()).metadata();
  expect(metadata).toMatchObject({ format: "jpeg", width: 1080, height: 1080 });
});
