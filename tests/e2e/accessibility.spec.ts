import AxeBuilder from "@axe-core/playwright";
import { expect, test, logInAs } from "./helpers";

const PUBLIC_PAGES = ["/", "/products", "/products?q=kopi", "/libraries", "/login", "/signup", "/cart", "/tidak-ada"];

async function seriousViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
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
