import { describe, expect, test } from "vitest";
import { holdsRole, workspacePath } from "~/accounts/scope.server";

type Membership = Parameters<typeof holdsRole>[0]["memberships"][number];
const member = (m: Partial<Membership> & Pick<Membership, "role">): Membership => ({
  libraryId: null,
  partnerId: null,
  provinceCode: null,
  ...m,
});
const userWith = (...memberships: Membership[]) => ({ memberships });

describe("holdsRole", () => {
  const librarianOfA = userWith(member({ role: "LIBRARIAN", libraryId: "lib-a" }));

  test("a librarian acts only for their own library", () => {
    expect(holdsRole(librarianOfA, "librarian")).toBe(true);
    expect(holdsRole(librarianOfA, "librarian", { libraryId: "lib-a", provinceCode: "12" })).toBe(true);
    expect(holdsRole(librarianOfA, "librarian", { libraryId: "lib-b", provinceCode: "12" })).toBe(false);
  });

  test("a province admin acts for libraries of their province only", () => {
    const sumutAdmin = userWith(member({ role: "ADMIN", provinceCode: "12" }));
    expect(holdsRole(sumutAdmin, "librarian", { libraryId: "lib-a", provinceCode: "12" })).toBe(true);
    expect(holdsRole(sumutAdmin, "librarian", { libraryId: "lib-c", provinceCode: "33" })).toBe(false);
    expect(holdsRole(sumutAdmin, "admin")).toBe(true);
    expect(holdsRole(sumutAdmin, "admin", { provinceCode: "33" })).toBe(false);
  });

  test("a national admin acts everywhere, but never as a producer", () => {
    const national = userWith(member({ role: "ADMIN" }));
    expect(holdsRole(national, "librarian", { libraryId: "any", provinceCode: "52" })).toBe(true);
    expect(holdsRole(national, "partner", { partnerId: "p" })).toBe(true);
    expect(holdsRole(national, "admin", { provinceCode: "73" })).toBe(true);
    expect(holdsRole(national, "producer")).toBe(false);
  });

  test("a shopper holds no role", () => {
    const shopper = userWith();
    for (const role of ["producer", "librarian", "partner", "admin"] as const) {
      expect(holdsRole(shopper, role)).toBe(false);
    }
  });

  test("a partner member acts for their own partner only", () => {
    const mitra = userWith(member({ role: "PARTNER_MEMBER", partnerId: "kop-1" }));
    expect(holdsRole(mitra, "partner", { partnerId: "kop-1" })).toBe(true);
    expect(holdsRole(mitra, "partner", { partnerId: "bank-2" })).toBe(false);
    expect(holdsRole(mitra, "librarian")).toBe(false);
  });
});

test("workspacePath sends each role to its workspace", () => {
  expect(workspacePath(userWith())).toBe("/account");
  expect(workspacePath(userWith(member({ role: "PRODUCER" })))).toBe("/producer");
  expect(workspacePath(userWith(member({ role: "LIBRARIAN", libraryId: "x" })))).toBe("/librarian");
  expect(workspacePath(userWith(member({ role: "PARTNER_MEMBER", partnerId: "x" })))).toBe("/partner");
  expect(workspacePath(userWith(member({ role: "ADMIN" }), member({ role: "PRODUCER" })))).toBe("/admin");
});
