// /admin/audit: a national admin reads every entry, a province admin only the
// entries made for libraries of their province (or, for partners, with their
// province's code); filters and pages work.
import { beforeAll, expect, test } from "vitest";
import { recordAudit } from "~/accounts/audit.server";
import { AUDIT_PAGE_SIZE } from "~/accounts/audit-log.server";
import { prisma } from "~/platform/db.server";
import { loader } from "~/routes/admin.audit";
import { createLibrarian, createLibrary, createUser, ensureTestAreas } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

type Entry = { action: string; library: { slug: string } | null; actor: { email: string } | null };
type Page = { total: number; pages: number; entries: Entry[] };

let sumut: { id: string; slug: string };
let jateng: { id: string; slug: string };
let librarianEmail: string;

beforeAll(async () => {
  const { province } = await ensureTestAreas();
  // A second province (Kemendagri code 33, Jawa Tengah; 33.01 Kabupaten Cilacap) for the scope test.
  await prisma.area.createMany({
    data: [
      { code: "33", name: "Jawa Tengah", level: "PROVINCE", parentCode: null },
      { code: "33.01", name: "Kabupaten Cilacap", level: "REGENCY", parentCode: "33" },
    ],
    skipDuplicates: true,
  });
  sumut = await createLibrary({ provinceCode: province.code });
  jateng = await createLibrary({ provinceCode: "33", regencyCode: "33.01", areaCode: "33.01" });
  const librarian = await createLibrarian(sumut.id);
  librarianEmail = librarian.email;
  await prisma.$transaction(async (tx) => {
    for (let index = 0; index < AUDIT_PAGE_SIZE + 5; index += 1) {
      await recordAudit(tx, {
        actorId: librarian.id,
        libraryId: sumut.id,
        action: index % 2 ? "training.create" : "storefront.product.move",
        entityType: "Library",
        entityId: sumut.id,
      });
    }
    await recordAudit(tx, {
      actorId: null,
      libraryId: jateng.id,
      action: "training.create",
      entityType: "Library",
      entityId: jateng.id,
    });
  });
});

async function read(userId: string, search = "") {
  const browser = await browserOf(userId);
  return settle(() => loader({ request: browser.get(`/admin/audit${search}`), params: {}, context: {} }));
}

async function adminOf(provinceCode: string | null) {
  const user = await createUser();
  await prisma.roleMembership.create({ data: { userId: user.id, role: "ADMIN", provinceCode } });
  return user.id;
}

test("a national admin reads every library's entries, a page at a time", async () => {
  const national = await adminOf(null);
  const first = (await read(national)).body as Page;
  expect(first.total).toBe(AUDIT_PAGE_SIZE + 6);
  expect(first.pages).toBe(2);
  expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
  const second = (await read(national, "?page=2")).body as Page;
  expect(second.entries).toHaveLength(6);
});

test("a province admin reads only their province's libraries", async () => {
  const jatengAdmin = await adminOf("33");
  const page = (await read(jatengAdmin)).body as Page;
  expect(page.total).toBe(1);
  expect(page.entries[0]!.library!.slug).toBe(jateng.slug);
  // Naming another province's library in the filter shows nothing of it.
  expect(((await read(jatengAdmin, `?library=${sumut.slug}`)).body as Page).total).toBe(0);
});

test("filters by library, actor and action", async () => {
  const national = await adminOf(null);
  expect(((await read(national, `?library=${jateng.slug}`)).body as Page).total).toBe(1);
  const byActor = (await read(national, `?actor=${encodeURIComponent(librarianEmail)}`)).body as Page;
  expect(byActor.total).toBe(AUDIT_PAGE_SIZE + 5);
  const moves = (await read(national, `?action=storefront.&library=${sumut.slug}`)).body as Page;
  expect(moves.entries.every((entry) => entry.action.startsWith("storefront."))).toBe(true);
  expect(moves.total).toBe(Math.ceil((AUDIT_PAGE_SIZE + 5) / 2));
});

test("librarians and shoppers cannot read the log", async () => {
  const librarian = await createLibrarian(sumut.id);
  expect((await read(librarian.id)).status).toBe(403);
  expect((await read((await createUser()).id)).status).toBe(403);
});

test("changes made for no library (a partner's) reach the admins of the partner's province", async () => {
  const { getSessionUser } = await import("~/accounts/session.server");
  const { createPartner, updatePartner } = await import("~/partners/partner-admin.server");
  const { publishBankAccount } = await import("~/orders/payment-settings.server");
  const national = (await getSessionUser((await browserOf(await adminOf(null))).get("/admin")))!;
  const partner = await createPartner(national, {
    name: "Koperasi Cilacap Makmur",
    kind: "COOPERATIVE",
    description: "",
    areaCode: "33.01",
  });
  await updatePartner(national, partner.id, {
    name: "Koperasi Cilacap Sejahtera",
    kind: "COOPERATIVE",
    description: "",
    areaCode: "33.01",
  });
  const member = await createUser();
  await publishBankAccount({ partnerId: partner.id }, member.id, {
    bankName: "Bank Jateng",
    accountNumber: "330100123",
    accountHolder: "Koperasi Cilacap Sejahtera",
  });

  const partnerActions = (page: { body: unknown }) =>
    (page.body as Page).entries.map((entry) => entry.action).filter((action) => action.startsWith("partner."));
  const jatengAdmin = await read(await adminOf("33"), "?action=partner.");
  expect(partnerActions(jatengAdmin).sort()).toEqual([
    "partner.bank_account.publish",
    "partner.create",
    "partner.update",
  ]);
  expect(
    partnerActions(await read(await adminOf((await ensureTestAreas()).province.code), "?action=partner.")),
  ).toEqual([]);
});
