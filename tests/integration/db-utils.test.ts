// The factories every other test leans on make valid, linked rows on both engines.
import { describe, expect, test } from "vitest";
import { verifyPassword } from "~/accounts/password.server";
import { prisma } from "~/platform/db.server";
import {
  createCategory,
  createLibrarian,
  createLibrary,
  createProducer,
  createProduct,
  createUser,
  DEFAULT_TEST_PASSWORD,
  ensureTestAreas,
} from "../db-utils";

describe("test factories", () => {
  test("ensureTestAreas inserts one real Kemendagri chain, once", async () => {
    const areas = await ensureTestAreas();
    await ensureTestAreas();

    expect(areas.province).toEqual({ code: "12", name: "Sumatera Utara" });
    expect(areas.regency).toEqual({ code: "12.71", name: "Kota Medan" });
    expect(areas.district.code).toBe("12.71.01");
    expect(areas.village.code).toMatch(/^12\.71\.01\.\d{4}$/);
    const rows = await prisma.area.findMany({ orderBy: { code: "asc" } });
    expect(rows.map((row) => [row.code, row.level, row.parentCode])).toEqual([
      ["12", "PROVINCE", null],
      ["12.71", "REGENCY", "12"],
      ["12.71.01", "DISTRICT", "12.71"],
      [areas.village.code, "VILLAGE", "12.71.01"],
    ]);
  });

  test("createUser makes users who can log in, with the default or a given password", async () => {
    const [first, second, own] = await Promise.all([
      createUser(),
      createUser(),
      createUser({ password: "rahasia-sekali-42" }),
    ]);

    expect(first.email).not.toBe(second.email);
    expect(first.email).toBe(first.email.toLowerCase());
    expect(first.password).toBe(DEFAULT_TEST_PASSWORD);
    expect(await verifyPassword(first.passwordHash, DEFAULT_TEST_PASSWORD)).toBe(true);
    expect(await verifyPassword(own.passwordHash, "rahasia-sekali-42")).toBe(true);
  });

  test("createProducer makes the user, an approved profile at a library and the PRODUCER role", async () => {
    const { user, profile } = await createProducer();

    expect(profile).toMatchObject({ userId: user.id, status: "APPROVED", approvedAt: expect.any(Date) });
    const memberships = await prisma.roleMembership.findMany({ where: { userId: user.id } });
    expect(memberships.map((membership) => membership.role)).toEqual(["PRODUCER"]);
    expect(await prisma.library.count({ where: { id: profile.homeLibraryId } })).toBe(1);

    const pending = await createProducer({ status: "PENDING", homeLibraryId: profile.homeLibraryId });
    expect(pending.profile).toMatchObject({
      status: "PENDING",
      approvedAt: null,
      homeLibraryId: profile.homeLibraryId,
    });
  });

  test("createLibrarian scopes the LIBRARIAN role to the library", async () => {
    const library = await createLibrary();
    const librarian = await createLibrarian(library.id);

    const memberships = await prisma.roleMembership.findMany({ where: { userId: librarian.id } });
    expect(memberships).toMatchObject([{ role: "LIBRARIAN", libraryId: library.id }]);
  });

  test("createProduct makes a product with its variants, published or not", async () => {
    const { profile } = await createProducer();
    const category = await createCategory({ isFood: true });

    const draft = await createProduct({ producerId: profile.id, categoryId: category.id });
    const published = await createProduct({
      producerId: profile.id,
      status: "PUBLISHED",
      variants: [{ name: "250 g", priceIdr: 15_000, stock: 3 }, { name: "500 g" }],
    });
    const many = await createProduct({ variants: 3 });

    expect(draft).toMatchObject({ status: "DRAFT", publishedAt: null, pickupLibraryId: profile.homeLibraryId });
    expect(draft.variants).toHaveLength(1);
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.variants).toMatchObject([
      { name: "250 g", priceIdr: 15_000, stock: 3, sortOrder: 0 },
      { name: "500 g", sortOrder: 1 },
    ]);
    expect(many.variants).toHaveLength(3);
    for (const variant of many.variants) {
      expect(Number.isInteger(variant.priceIdr) && variant.priceIdr > 0).toBe(true);
    }
  });
});
