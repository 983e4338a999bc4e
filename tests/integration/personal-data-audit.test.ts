// "An audit entry for every change to personal data" (issue 14). Two halves:
// 1. A walk through every write path of personal data a person can take in
//    the app — sign-up, producer sign-up and application (phone), the
//    producer's profile, the baseline questionnaire, the 6-monthly check-in,
//    consent given and withdrawn, and a librarian's decisions on a producer —
//    through the real route actions, each expected to leave its audit row
//    naming whose data changed. Phone numbers and incomes stay out of the
//    rows (the log is read by admins).
// 2. A guard for the paths nobody has written yet: every module under app/
//    that writes a personal-data model (User, ProducerProfile, ProducerBaseline,
//    ImpactCheckIn, Consent) records an audit row in it, or is listed below
//    with the reason it need not.
import type { ActionFunctionArgs } from "@remix-run/node";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { csrfToken } from "~/platform/csrf.server";
import { prisma } from "~/platform/db.server";
import * as librarianProducers from "~/routes/librarian.producers._index";
import * as producerImpact from "~/routes/producer.impact";
import * as producerProfile from "~/routes/producer.profile";
import * as signup from "~/routes/signup";
import * as signupProducer from "~/routes/signup_.producer";
import { createLibrarian, createLibrary, createUser, ensureTestAreas } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

type Action = (args: ActionFunctionArgs) => Promise<unknown>;
const run = (action: Action, request: Request) => settle(() => action({ request, params: {}, context: {} }));

/** A browser with no session: a CSRF cookie and its token, as a sign-up page gives. */
async function anonymousPost(url: string, fields: Record<string, string>) {
  const csrf = await csrfToken(new Request("http://localhost"));
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...fields, csrf: csrf.token })) body.set(name, value);
  const cookie = csrf.setCookie!.split(";")[0]!;
  return new Request(new URL(url, "http://localhost"), { method: "POST", headers: { Cookie: cookie }, body });
}

/** The audit rows about `userId` since `since`, oldest first. */
const auditOf = (userId: string, since: Date) =>
  prisma.auditLog.findMany({
    where: { subjectUserId: userId, createdAt: { gte: since } },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, entityType: true, before: true, after: true },
  });

const PHONE = "+6281277778888";

describe("every change to personal data leaves an audit row", () => {
  let library: { id: string; slug: string };
  let villageCode: string;
  let librarian: { id: string };

  beforeAll(async () => {
    library = await createLibrary();
    villageCode = (await ensureTestAreas()).village.code;
    librarian = await createLibrarian(library.id);
  });

  test("sign-up, producer sign-up and a shopper's application (phone number changed)", async () => {
    const since = new Date(Date.now() - 1000);
    const shopper = await run(
      signup.action,
      await anonymousPost("/signup", {
        name: "Rina Sitepu",
        email: "rina.audit@contoh.test",
        phone: "0812 7777 1111",
        password: "kata-sandi-rina-123",
      }),
    );
    expect(shopper.status).toBe(302);
    const rina = await prisma.user.findUniqueOrThrow({ where: { email: "rina.audit@contoh.test" } });
    expect(await auditOf(rina.id, since)).toMatchObject([
      { action: "account.create", actorId: rina.id, after: { fields: ["email", "name", "password", "phone"] } },
    ]);

    // The shopper applies to sell, giving another phone number.
    const rinaBrowser = await browserOf(rina.id);
    const applied = await run(
      signupProducer.action,
      rinaBrowser.post("/signup/producer", {
        phone: "0812-7777-8888",
        homeLibraryId: library.id,
        businessName: "Keripik Rina",
        villageCode,
        nib: "",
      }),
    );
    expect(applied).toMatchObject({ status: 302, location: "/producer" });
    const rows = await auditOf(rina.id, since);
    expect(rows.at(-1)).toMatchObject({
      action: "producer.apply",
      entityType: "ProducerProfile",
      after: { businessName: "Keripik Rina", phoneChanged: true, status: "PENDING" },
    });
    expect(JSON.stringify(rows)).not.toContain("7777"); // no phone number in the log

    // A newcomer signs up as a producer: the account and the application, each audited.
    const newcomer = await run(
      signupProducer.action,
      await anonymousPost("/signup/producer", {
        name: "Budi Ginting",
        email: "budi.audit@contoh.test",
        password: "kata-sandi-budi-123",
        phone: PHONE,
        homeLibraryId: library.id,
        businessName: "Kopi Budi",
        villageCode,
        nib: "",
      }),
    );
    expect(newcomer.status).toBe(302);
    const budi = await prisma.user.findUniqueOrThrow({ where: { email: "budi.audit@contoh.test" } });
    expect((await auditOf(budi.id, since)).map((row) => row.action)).toEqual(["account.create", "producer.apply"]);
  });

  test("a producer's profile, baseline (with consent given and withdrawn) and check-in; a librarian's decisions", async () => {
    const since = new Date(Date.now() - 1000);
    const user = await createUser({ phone: PHONE });
    const applied = await run(
      signupProducer.action,
      (await browserOf(user.id)).post("/signup/producer", {
        phone: PHONE,
        homeLibraryId: library.id,
        businessName: "Anyaman Sri",
        villageCode,
        nib: "",
      }),
    );
    expect(applied.status).toBe(302);
    expect((await auditOf(user.id, since)).at(-1)).toMatchObject({
      action: "producer.apply",
      after: { phoneChanged: false },
    });
    const profile = await prisma.producerProfile.findUniqueOrThrow({ where: { userId: user.id } });

    // The librarian decides: approve, suspend, approve again.
    const desk = await browserOf(librarian.id);
    const decide = (intent: string, reason = "") =>
      run(
        librarianProducers.action,
        desk.post(`/librarian/producers?library=${library.slug}`, { producerId: profile.id, intent, reason }),
      );
    expect((await decide("approve")).status).toBe(302);
    expect((await decide("suspend", "Produk tidak sesuai label")).status).toBe(302);
    expect((await decide("approve")).status).toBe(302);

    const producer = await browserOf(user.id);
    expect(
      await run(
        producerProfile.action,
        producer.post("/producer/profile", { businessName: "Anyaman Bu Sri", story: "Anyaman pandan dari Sembahe." }),
      ),
    ).toMatchObject({ status: 302, location: "/producer/profile?done=profile" });
    const baseline = (consent: "yes" | "no") =>
      run(
        producerProfile.action,
        producer.post("/producer/profile", {
          intent: "baseline",
          incomeRange: "",
          incomeAmount: "2.750.000",
          mainCategoryId: "",
          householdSize: "4",
          consent,
        }),
      );
    expect((await baseline("yes")).status).toBe(302);
    expect((await baseline("no")).status).toBe(302);
    expect(
      await run(
        producerImpact.action,
        producer.post("/producer/impact", {
          incomeRange: "1to3m",
          householdSize: "4",
          lifeChange: "BETTER",
          helpedBy: "TRAINING",
          gender: "WOMAN",
          consent: "yes",
        }),
      ),
    ).toMatchObject({ status: 302, location: "/producer/impact?done=check-in" });

    const rows = await auditOf(user.id, since);
    expect(rows.map((row) => [row.action, row.actorId === user.id ? "self" : "librarian"])).toEqual([
      ["producer.apply", "self"],
      ["producer.approve", "librarian"],
      ["producer.suspend", "librarian"],
      ["producer.approve", "librarian"],
      ["producer.profile.update", "self"],
      ["producer.baseline.record", "self"],
      ["consent.give", "self"],
      ["producer.baseline.record", "self"],
      ["consent.withdraw", "self"],
      ["impact.checkin.record", "self"],
      ["consent.give", "self"],
    ]);
    expect(rows.find((row) => row.action === "producer.profile.update")).toMatchObject({
      before: { businessName: "Anyaman Sri", story: "" },
      after: { businessName: "Anyaman Bu Sri", story: "Anyaman pandan dari Sembahe." },
    });
    // What was said about income stays in its own table, not in the log.
    const logged = JSON.stringify(rows);
    expect(logged).not.toContain("2750000");
    expect(logged).not.toContain("1to3m");
  });
});

// ---------------------------------------------------------------- the guard for new write paths

const APP = fileURLToPath(new URL("../../app/", import.meta.url));
const PERSONAL_MODELS = ["user", "producerProfile", "producerBaseline", "impactCheckIn", "consent"];
const WRITE = new RegExp(
  String.raw`\.(${PERSONAL_MODELS.join("|")})\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(`,
  "g",
);
/** Modules that write those models without an audit row of their own, and why that is right. */
const NOT_PERSONAL: Record<string, string> = {
  "orders/payment-settings.server.ts": "the producer's shipping fee (a price, not personal data)",
  "accounts/session.server.ts":
    "User.locale, the language the person last chose on the site (for their mail): a preference, rewritten at each switch",
};

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

test("every module that writes personal data records an audit row (or says why it need not)", async () => {
  const unaudited: string[] = [];
  for (const file of await sourceFiles(APP)) {
    const source = await readFile(file, "utf8");
    const writes = [...source.matchAll(WRITE)].map((match) => `${match[1]}.${match[2]}`);
    if (writes.length === 0) continue;
    const name = path.relative(APP, file).split(path.sep).join("/");
    if (/\brecordAudits?\(|\bauditAccountCreated\(/.test(source) || NOT_PERSONAL[name]) continue;
    unaudited.push(`${name}: ${[...new Set(writes)].join(", ")}`);
  }
  expect(unaudited, "write personal data with recordAudit in the same transaction").toEqual([]);
});
