// The impact pages' loaders (issue 12): who may see what. /impact is public
// and shows no producer; a province admin sees exact figures down to producers
// of their province only (another province's level is refused, another
// province's library shows nothing); the CSV exports follow the same scope;
// a producer sees only their own months; a librarian their library's summary.
import { beforeAll, expect, test } from "vitest";
import { giveConsent } from "~/accounts/consents.server";
import { monthDate, monthKeyOf } from "~/impact/months";
import { prisma } from "~/platform/db.server";
import { loader as adminLoader } from "~/routes/admin.impact";
import { loader as csvLoader } from "~/routes/admin.impact[.]csv";
import { loader as publicLoader } from "~/routes/impact";
import { loader as librarianLoader } from "~/routes/librarian.impact";
import { action as checkInAction, loader as producerLoader } from "~/routes/producer.impact";
import { createAdmin, createLibrarian, createLibrary, createProducer, ensureTestAreas } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

const THIS_MONTH = monthKeyOf(new Date());
let province: string;
let library: { id: string; slug: string };
let otherLibrary: { id: string };
let producerUserId: string;
let producerId: string;

beforeAll(async () => {
  province = (await ensureTestAreas()).province.code;
  await prisma.area.createMany({
    data: [
      { code: "33", name: "Jawa Tengah", level: "PROVINCE", parentCode: null },
      { code: "33.01", name: "Kabupaten Cilacap", level: "REGENCY", parentCode: "33" },
    ],
    skipDuplicates: true,
  });
  library = await createLibrary({ provinceCode: province });
  otherLibrary = await createLibrary({ provinceCode: "33", regencyCode: "33.01", areaCode: "33.01" });
  // Six consenting producers with Rp100.000 this month in the test province, one in Jawa Tengah.
  for (const [index, home] of [library, library, library, library, library, library, otherLibrary].entries()) {
    const { user, profile } = await createProducer({ homeLibraryId: home.id });
    await giveConsent({ userId: user.id, kind: "IMPACT_REPORTS", via: "SELF", actorId: user.id });
    await prisma.impactMonth.create({
      data: {
        producerId: profile.id,
        month: monthDate(THIS_MONTH),
        sales: 1,
        netIdr: 100_000 + index,
        grossIdr: 100_000 + index,
        eventNetIdr: 100_000 + index,
        lastSaleAt: new Date(),
      },
    });
    if (index === 0) {
      producerUserId = user.id;
      producerId = profile.id;
    }
  }
}, 60_000);

const get = async (userId: string | null, url: string, loader: (args: never) => Promise<unknown>) => {
  const request = userId ? (await browserOf(userId)).get(url) : new Request(`http://localhost${url}`);
  return settle(() => loader({ request, params: {}, context: {} } as never));
};

type Report = { total: { producersWithSales: number | null; sums: { net: number | null } }; groups: { key: string }[] };

test("/impact is public: provinces only, Jawa Tengah's single producer merged away", async () => {
  const { status, body } = await get(null, "/impact", publicLoader);
  expect(status).toBe(200);
  const { report } = body as { report: Report };
  expect(report.total.producersWithSales).toBe(7);
  expect(report.groups.map((group) => group.key)).toEqual([province, "~other"]);
});

test("a province admin sees producers of their province, and nothing of another", async () => {
  const admin = await createAdmin(province);
  const atLibrary = await get(admin.id, `/admin/impact?province=${province}&library=${library.id}`, adminLoader);
  const { report } = atLibrary.body as { report: Report & { groupBy: string } };
  expect(report.groupBy).toBe("producer");
  expect(report.groups).toHaveLength(6);
  expect(report.groups.map((group) => group.key)).toContain(producerId);
  expect((await get(admin.id, "/admin/impact?province=33", adminLoader)).status).toBe(403);
  const other = await get(admin.id, `/admin/impact?library=${otherLibrary.id}`, adminLoader);
  expect((other.body as { report: Report }).report.groups).toEqual([]);
  expect((await get(admin.id, "/admin/impact.csv?province=33", csvLoader)).status).toBe(403);
});

test("the CSV exports: one row per group, and the IRIS+ metrics", async () => {
  const admin = await createAdmin(null);
  const levelCsv = await csvLoader({
    request: (await browserOf(admin.id)).get("/admin/impact.csv"),
    params: {},
    context: {},
  });
  const lines = (await levelCsv.text()).split("\r\n");
  expect(lines[0]).toMatch(/^level,key,name,period_from,period_to,producers_with_sales,/);
  expect(lines).toHaveLength(4); // header, total, 2 provinces
  const iris = await csvLoader({
    request: (await browserOf(admin.id)).get("/admin/impact.csv?kind=iris"),
    params: {},
    context: {},
  });
  const text = await iris.text();
  expect(text).toContain('"PI5350","Supplier Individuals: producers with sales",7,"producers"');
  expect(text).toContain('"PI1492","Payments to Supplier Individuals",700021,"IDR"');
});

test("a producer sees their own months; a librarian their library's summary; neither the admin page", async () => {
  const own = await get(producerUserId, "/producer/impact", producerLoader);
  const months = (own.body as { months: { month: string; netIdr: number; libraryNetIdr: number }[] }).months;
  expect(months.at(-1)).toMatchObject({ month: THIS_MONTH, netIdr: 100_000, libraryNetIdr: 100_000 });
  expect((await get(producerUserId, "/admin/impact", adminLoader)).status).toBe(403);
  const librarian = await createLibrarian(library.id);
  const summary = await get(librarian.id, "/librarian/impact", librarianLoader);
  expect((summary.body as { report: Report }).report.total.producersWithSales).toBe(6);
  expect((await get(librarian.id, "/admin/impact", adminLoader)).status).toBe(403);
});

test("the 6-monthly check-in: consent required, saved with it, then not due for 6 months", async () => {
  const browser = await browserOf(producerUserId);
  const post = (fields: Record<string, string | string[]>) =>
    settle(() => checkInAction({ request: browser.post("/producer/impact", fields), params: {}, context: {} }));
  const answers = { incomeRange: "1to3m", householdSize: "4", lifeChange: "BETTER", helpedBy: ["TRAINING", "LIBRARY"] };
  const refused = await post(answers);
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ errors: { consent: "consentRequired" } });
  expect(await prisma.impactCheckIn.count({ where: { producerId } })).toBe(0);

  expect((await post({ ...answers, gender: "WOMAN", consent: "yes" })).location).toBe("/producer/impact?done=check-in");
  expect(await prisma.impactCheckIn.findFirstOrThrow({ where: { producerId } })).toMatchObject({
    incomeMinIdr: 1_000_000,
    incomeMaxIdr: 2_999_999,
    householdSize: 4,
    lifeChange: "BETTER",
    helpedBy: ["TRAINING", "LIBRARY"],
    gender: "WOMAN",
  });
  const { checkIn } = (await get(producerUserId, "/producer/impact", producerLoader)).body as {
    checkIn: { due: boolean };
  };
  expect(checkIn.due).toBe(false);
  await post({ ...answers, consent: "yes" });
  expect(await prisma.impactCheckIn.count({ where: { producerId } })).toBe(1);
});

test("the admin's cohort filter: producers trained on a topic", async () => {
  const admin = await createAdmin(null);
  const training = await prisma.trainingSession.create({
    data: { libraryId: library.id, kind: "BIMTEK", topic: "PACKAGING", title: "Kemasan", heldOn: new Date() },
  });
  await prisma.trainingAttendance.create({ data: { trainingId: training.id, producerId } });
  const cohort = await get(admin.id, "/admin/impact?cohort=topic:PACKAGING", adminLoader);
  expect((cohort.body as { report: Report }).report.total.producersWithSales).toBe(1);
  const ignored = await get(admin.id, "/admin/impact?cohort=topic:NOPE", adminLoader);
  expect((ignored.body as { report: Report }).report.total.producersWithSales).toBe(7);
});
