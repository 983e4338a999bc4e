// One admin scope for every admin page: an admin of two provinces acts in
// both, never in a third. The ledger and its CSV once took only the first
// province of the person's memberships and showed half of what they oversee.
import { beforeAll, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { readAuditLog } from "~/accounts/audit-log.server";
import { producerBalance } from "~/orders/ledger.server";
import { action as ledgerAction, loader as ledgerPage } from "~/routes/admin.ledger";
import { loader as ledgerCsv } from "~/routes/admin.ledger_.csv";
import { createLibrary, createProducer, createUser, ensureTestAreas } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

const producers: Record<string, string> = {};

beforeAll(async () => {
  const { province } = await ensureTestAreas();
  // Two more provinces (Kemendagri 33 Jawa Tengah, 35 Jawa Timur), each with one regency.
  await prisma.area.createMany({
    data: [
      { code: "33", name: "Jawa Tengah", level: "PROVINCE", parentCode: null },
      { code: "33.01", name: "Kabupaten Cilacap", level: "REGENCY", parentCode: "33" },
      { code: "35", name: "Jawa Timur", level: "PROVINCE", parentCode: null },
      { code: "35.01", name: "Kabupaten Pacitan", level: "REGENCY", parentCode: "35" },
    ],
    skipDuplicates: true,
  });
  const libraries = {
    [province.code]: await createLibrary({ provinceCode: province.code }),
    "33": await createLibrary({ provinceCode: "33", regencyCode: "33.01", areaCode: "33.01" }),
    "35": await createLibrary({ provinceCode: "35", regencyCode: "35.01", areaCode: "35.01" }),
  };
  for (const [code, library] of Object.entries(libraries)) {
    const { profile } = await createProducer({ homeLibraryId: library.id, profile: { businessName: `Usaha ${code}` } });
    producers[code] = profile.id;
    await prisma.ledgerEntry.create({
      data: { producerId: profile.id, kind: "SALE", amountIdr: 50_000, idempotencyKey: `test-sale:${profile.id}` },
    });
  }
});

async function adminOf(...provinceCodes: (string | null)[]) {
  const user = await createUser();
  for (const provinceCode of provinceCodes) {
    await prisma.roleMembership.create({ data: { userId: user.id, role: "ADMIN", provinceCode } });
  }
  return browserOf(user.id);
}

test("an admin of two provinces sees the ledger of both, and not of a third", async () => {
  const browser = await adminOf("12", "33");
  const page = (await ledgerPage({ request: browser.get("/admin/ledger"), params: {}, context: {} })) as {
    rows: { producerId: string }[];
  };
  const shown = page.rows.map((row) => row.producerId).sort();
  expect(shown).toEqual([producers["12"], producers["33"]].sort());
});

test("the ledger CSV of an admin of two provinces has both provinces' producers", async () => {
  const browser = await adminOf("33", "12");
  const response = (await ledgerCsv({
    request: browser.get("/admin/ledger.csv"),
    params: {},
    context: {},
  })) as Response;
  const csv = await response.text();
  expect(csv).toContain(producers["12"]);
  expect(csv).toContain(producers["33"]);
  expect(csv).not.toContain(producers["35"]);
});

test("a national admin's ledger has every province", async () => {
  const browser = await adminOf(null);
  const page = (await ledgerPage({ request: browser.get("/admin/ledger"), params: {}, context: {} })) as {
    rows: { producerId: string }[];
  };
  expect(page.rows.map((row) => row.producerId)).toEqual(expect.arrayContaining(Object.values(producers)));
});

test("an admin records a payout to a producer of their provinces, audited for the province; never beyond them", async () => {
  const browser = await adminOf("12", "33");
  const pay = (producerId: string, amountIdr: string, fields: { csrf?: boolean } = {}) =>
    settle(() =>
      ledgerAction({
        request: browser.post("/admin/ledger", { producerId, amountIdr, reference: "TRF-ADM-1" }, fields),
        params: {},
        context: {},
      }),
    );

  expect((await pay(producers["33"]!, "10.000", { csrf: false })).status).toBe(403);
  expect(await pay(producers["33"]!, "60.000")).toMatchObject({
    status: 409,
    body: { producerId: producers["33"], errors: { amountIdr: "orders.payoutErrors.exceedsBalance" } },
  });
  expect(await pay(producers["33"]!, "10.000")).toMatchObject({ status: 302, location: "/admin/ledger?saved=1" });
  expect(await producerBalance(producers["33"]!)).toBe(40_000);

  // A producer of a third province, with a forged form: the 403 page, nothing paid.
  expect((await pay(producers["35"]!, "10.000")).status).toBe(403);
  expect(await producerBalance(producers["35"]!)).toBe(50_000);

  // The audit row carries the producer's library, so the province's admins read it (and others do not).
  const payout = await prisma.payout.findFirstOrThrow({ where: { producerId: producers["33"] } });
  const readBy = async (provinceCode: string) =>
    (
      await readAuditLog({ national: false, provinceCodes: [provinceCode] }, { page: 1, action: "payout.record" })
    ).entries.map((entry) => entry.entityId);
  expect(await readBy("33")).toEqual([payout.id]);
  expect(await readBy("35")).toEqual([]);
});
