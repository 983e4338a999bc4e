// The curation page's refusals, in the one shape of field errors: each names
// the section (the form's intent) that shows it and carries i18n keys; a form
// no page sends (unknown intent, missing hidden field) is a bad request.
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { action } from "~/routes/librarian.storefront";
import { createLibrarian, createLibrary, createProducer, createProduct } from "../db-utils";
import { browserOf, settle, type Browser } from "../support/route-requests";

let browser: Browser;
let productId: string;

beforeAll(async () => {
  const library = await createLibrary();
  browser = await browserOf((await createLibrarian(library.id)).id);
  const producer = await createProducer({ homeLibraryId: library.id });
  productId = (await createProduct({ producerId: producer.profile.id, status: "PUBLISHED" })).id;
});

const post = (fields: Record<string, string>) =>
  settle(() => action({ request: browser.post("/librarian/storefront", fields), params: {}, context: {} }));

describe("refused forms come back to their section", () => {
  test("a hiding reason too short, with what was typed", async () => {
    expect(await post({ intent: "hide", productId, reason: "jel" })).toMatchObject({
      status: 400,
      body: { form: "hide", errors: { reason: "librarian.errors.reasonRequired" }, values: { reason: "jel" } },
    });
  });

  test("a banner headline too long", async () => {
    expect(await post({ intent: "text", bannerText: "x".repeat(161), story: "" })).toMatchObject({
      status: 400,
      body: { form: "text", errors: { bannerText: "librarian.errors.bannerTooLong" } },
    });
  });

  test("a description for a banner photo there is not, beside the description's own field", async () => {
    expect(await post({ intent: "bannerAlt", bannerAlt: "Teras baca" })).toMatchObject({
      status: 400,
      body: { form: "bannerAlt", errors: { bannerAlt: "librarianTools.banner.errors.noPhoto" } },
    });
  });

  test("featuring a hidden product, above the featured lists", async () => {
    expect((await post({ intent: "hide", productId, reason: "Label belum lengkap." })).status).toBe(302);
    expect(await post({ intent: "feature", kind: "product", id: productId })).toMatchObject({
      status: 409,
      body: { form: "feature", errors: { form: "librarian.errors.hidden" } },
    });
    expect(await prisma.storefrontFeaturedProduct.count({ where: { productId } })).toBe(0);
  });
});

test("a form no page sends is a bad request", async () => {
  const forms: Record<string, string>[] = [{ intent: "publishEverything" }, { intent: "feature", kind: "product" }, {}];
  for (const fields of forms) {
    expect((await post(fields)).status, JSON.stringify(fields)).toBe(400);
  }
});
