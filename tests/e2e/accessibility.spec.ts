import AxeBuilder from "@axe-core/playwright";
import { expect, test, logInAs } from "./helpers";

const PUBLIC_PAGES = ["/", "/products", "/products?q=kopi", "/libraries", "/login", "/signup", "/cart", "/tidak-ada"];

async function seriousViolations(page: import("@playwright/test").Page) {
  // WCAG 2.2's target size too: Lighthouse's accessibility score counts it (npm run bench).
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
}

for (const path of PUBLIC_PAGES) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("product, library and producer pages have no serious accessibility violations", async ({ page }) => {
  await page.goto("/products");
  await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading") })
    .first()
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page
    .getByRole("link", { name: /Perpustakaan|Rumah|Taman/ })
    .last()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("region", { name: "Produsen" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the English pages and a workspace have no serious accessibility violations", async ({ page }) => {
  await page.goto("/products?lng=en");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/?lng=id");
  await logInAs(page, "librarian");
  expect(await seriousViolations(page)).toEqual([]);
});

// Issue 19: the W3C checker flagged /products for skipping from h1 to the
// cards' h3. Every public page kind, in both languages: one h1 first, and no
// heading more than one level below the one before it.
async function headingLevels(page: import("@playwright/test").Page) {
  return page
    .locator("h1, h2, h3, h4, h5, h6")
    .evaluateAll((headings) => headings.map((heading) => `${heading.tagName} ${heading.textContent?.trim()}`));
}

function outlineProblems(headings: string[]) {
  const problems: string[] = [];
  const levels = headings.map((heading) => Number(heading[1]));
  if (levels[0] !== 1) problems.push(`starts with ${headings[0] ?? "no heading"}`);
  if (levels.filter((level) => level === 1).length !== 1) problems.push("not exactly one h1");
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1]! + 1) problems.push(`${headings[i - 1]} → ${headings[i]}`);
  });
  return problems;
}

for (const language of ["id", "en"]) {
  test(`headings skip no level on every public page kind (${language})`, async ({ page }) => {
    const visited: string[] = [];
    const check = async (path: string) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
      visited.push(path);
      expect(outlineProblems(await headingLevels(page)), path).toEqual([]);
    };
    const lng = `lng=${language}`;
    await check(`/?${lng}`);
    await check(`/products?${lng}`);
    await check(`/products?q=kopi&${lng}`);
    await check(`/products?q=zzqxzzqx&${lng}`);
    await check(`/libraries?${lng}`);
    await check(`/halaman-yang-tidak-ada?${lng}`);

    await page.goto(`/products?${lng}`);
    const product = await page.locator('main a[href^="/products/"]').first().getAttribute("href");
    await check(`${product}?${lng}`);
    const library = await page.locator('main a[href^="/libraries/"]').first().getAttribute("href");
    await check(`${library}?${lng}`);
    const producer = await page.locator('main a[href^="/producers/"]').first().getAttribute("href");
    await check(`${producer}?${lng}`);
    expect(visited).toHaveLength(9);
  });
}
