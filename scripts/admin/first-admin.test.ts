// `npm run admin:create`: the first national admin, with the operator's own password.
import { Readable } from "node:stream";
import { beforeAll, expect, test } from "vitest";
import { adminScopeOf } from "~/accounts/scope.server";
import { verifyPassword } from "~/accounts/password.server";
import { prisma } from "~/platform/db.server";
import { ADMIN_PASSWORD_MIN, createNationalAdmin, readFirstLine } from "./first-admin";

// PGlite's first query waits for its WebAssembly: not inside a transaction's 2 s start window.
beforeAll(() => prisma.user.count());

test("creates a national admin whose password is the one typed, audited", async () => {
  const { userId } = await createNationalAdmin(prisma, {
    email: "  Operator@Perpusnas.go.id ",
    name: "Operator Lapak",
    password: "kata-sandi-panjang-sekali",
  });
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
  expect(user.email).toBe("operator@perpusnas.go.id");
  expect(adminScopeOf(user)).toEqual({ national: true, provinceCodes: [] });
  expect(await verifyPassword(user.passwordHash, "kata-sandi-panjang-sekali")).toBe(true);
  expect(await prisma.auditLog.count({ where: { action: "admin.create", subjectUserId: userId } })).toBe(1);
});

test.each([
  ["a short password", { email: "a@perpusnas.go.id", name: "A", password: "x".repeat(ADMIN_PASSWORD_MIN - 1) }, /12/],
  ["no e-mail address", { email: "admin", name: "A", password: "x".repeat(20) }, /e-mail/],
  ["no name", { email: "b@perpusnas.go.id", name: "  ", password: "x".repeat(20) }, /name/],
])("refuses %s, creating nothing", async (_case, input, message) => {
  await expect(createNationalAdmin(prisma, input)).rejects.toThrow(message);
  expect(await prisma.user.count({ where: { email: input.email } })).toBe(0);
});

test("refuses an address that already has an account", async () => {
  const input = { email: "dup@perpusnas.go.id", name: "Dup", password: "x".repeat(20) };
  await createNationalAdmin(prisma, input);
  await expect(createNationalAdmin(prisma, input)).rejects.toThrow(/already has an account/);
});

test("a piped password is the first line of stdin, without its line end", async () => {
  expect(await readFirstLine(Readable.from(["rahasia-yang-", "panjang\r\nsisa\n"]))).toBe("rahasia-yang-panjang");
  expect(await readFirstLine(Readable.from([Buffer.from("tanpa-baris-baru")]))).toBe("tanpa-baris-baru");
});
