// Issue 3: becoming a producer, the baseline questionnaire's history, and the
// librarian's decisions on applications (scoped to their library, audit-logged).
import { describe, expect, test } from "vitest";
import { NotAllowedError } from "~/platform/http-errors";
import { decideProducer, listProducers } from "~/producers/approvals.server";
import { baselineHistory, baselineInForce, recordBaseline } from "~/producers/baseline.server";
import { applyAsProducer, libraryWithVillages, searchLibraries, signUpProducer } from "~/producers/onboarding.server";
import { BaselineInput, ProducerSignupInput } from "~/producers/producer-input";
import { prisma } from "~/platform/db.server";
import { logIn } from "~/accounts/auth.server";
import { LoginSchema } from "~/accounts/schemas";
import { action as approvalsAction } from "~/routes/librarian.producers._index";
import {
  createCategory,
  createLibrarian,
  createLibrary,
  createProducer,
  createUser,
  ensureTestAreas,
} from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

const librarianOf = async (libraryId: string) => ({
  id: (await createLibrarian(libraryId)).id,
  memberships: [{ role: "LIBRARIAN" as const, libraryId, partnerId: null, provinceCode: null }],
});

describe("signing up as a producer", () => {
  test("finds the home library by its name or its village, and offers that district's villages", async () => {
    const { village } = await ensureTestAreas();
    const library = await createLibrary({ name: "Perpustakaan Desa Contoh Cari" });
    expect((await searchLibraries("contoh cari")).map((l) => l.id)).toContain(library.id);
    expect((await searchLibraries(village.name.slice(0, 5))).map((l) => l.id)).toContain(library.id);
    expect(await searchLibraries(" ")).toEqual([]);
    const chosen = await libraryWithVillages(library.slug);
    expect(chosen?.villages.map((v) => v.code)).toContain(village.code);
  });

  test("a newcomer gets an account, a PENDING profile and the PRODUCER role; the phone is E.164", async () => {
    const { village } = await ensureTestAreas();
    const library = await createLibrary();
    const librarian = await createLibrarian(library.id);
    const parsed = ProducerSignupInput.parse({
      name: "Rosmawati Ginting",
      email: "Ros.Ginting@Contoh.test",
      password: "rahasia-panjang",
      phone: "0812-3456-7890",
      homeLibraryId: library.id,
      businessName: "Keripik Ros",
      villageCode: village.code,
      nib: "1234567890123",
    });
    const result = await signUpProducer(parsed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: result.userId },
      include: { producerProfile: true, memberships: true },
    });
    expect(user).toMatchObject({ email: "ros.ginting@contoh.test", phone: "+6281234567890" });
    expect(user.producerProfile).toMatchObject({ status: "PENDING", homeLibraryId: library.id, nib: "1234567890123" });
    expect(user.memberships.map((m) => m.role)).toEqual(["PRODUCER"]);
    // issue 15: the library's librarian hears of the application.
    expect(await prisma.notification.findMany({ where: { userId: librarian.id }, select: { event: true } })).toEqual([
      { event: "producer.applied" },
    ]);

    expect(await signUpProducer(parsed)).toEqual({ ok: false, errors: { email: "emailTaken" } });
  });

  test("issue 16: without an e-mail, the phone number (normalised to E.164) is what the producer logs in with", async () => {
    const library = await createLibrary();
    const input = {
      name: "Lasni Br. Tarigan",
      email: " ",
      password: "rahasia-panjang",
      phone: "0813 7000 1234",
      homeLibraryId: library.id,
      businessName: "Anyaman Lasni",
      villageCode: "",
      nib: "",
    };
    const result = await signUpProducer(ProducerSignupInput.parse(input));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user).toMatchObject({ email: null, phone: "+6281370001234", loginPhone: "+6281370001234" });
    const login = LoginSchema.parse({ email: "+62 813-7000-1234", password: "rahasia-panjang" });
    expect(await logIn(login)).toMatchObject({ ok: true, userId: result.userId });

    // One number logs in to one account.
    const again = ProducerSignupInput.parse({ ...input, businessName: "Anyaman Lain" });
    expect(await signUpProducer(again)).toEqual({ ok: false, errors: { phone: "phoneTaken" } });
  });

  test.each([
    ["phone", { phone: "12345" }, "phoneInvalid"],
    ["nib", { nib: "12345" }, "nibInvalid"],
    ["businessName", { businessName: "" }, "businessNameRequired"],
    ["homeLibraryId", { homeLibraryId: "" }, "libraryRequired"],
  ])("refuses a bad %s", (field, overrides, code) => {
    const result = ProducerSignupInput.safeParse({
      name: "A",
      email: "a@contoh.test",
      password: "rahasia-panjang",
      phone: "081234567890",
      homeLibraryId: "x",
      businessName: "Usaha",
      villageCode: "",
      nib: "",
      ...overrides,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path[0] === field)?.message).toBe(code);
  });

  test("a logged-in shopper applies once; an unknown library is refused", async () => {
    const library = await createLibrary();
    const user = await createUser();
    const input = {
      phone: "+6281298765432",
      homeLibraryId: library.id,
      businessName: "Kopi Kita",
      villageCode: null,
      nib: null,
    };
    expect(await applyAsProducer(user.id, { ...input, homeLibraryId: "nope" })).toEqual({
      ok: false,
      errors: { homeLibraryId: "libraryRequired" },
    });
    expect((await applyAsProducer(user.id, input)).ok).toBe(true);
    expect(await applyAsProducer(user.id, input)).toEqual({ ok: false, errors: { form: "alreadyProducer" } });
  });
});

describe("the baseline questionnaire", () => {
  test("every change is kept with its date; the baseline in force is the one of that time", async () => {
    const { profile } = await createProducer();
    const category = await createCategory({ isFood: true });
    const first = BaselineInput.parse({
      incomeRange: "1to3m",
      incomeAmount: "",
      mainCategoryId: category.id,
      householdSize: "4",
      consent: "yes",
    });
    expect(first).toEqual({
      monthlyIncomeMinIdr: 1_000_000,
      monthlyIncomeMaxIdr: 2_999_999,
      mainCategoryId: category.id,
      householdSize: 4,
      consentToImpactReports: true,
    });
    await recordBaseline(profile.id, first, new Date("2026-01-01T00:00:00Z"));
    const second = BaselineInput.parse({
      incomeRange: "",
      incomeAmount: "Rp 2.500.000",
      mainCategoryId: "",
      householdSize: "5",
      consent: "no",
    });
    await recordBaseline(profile.id, second, new Date("2026-06-01T00:00:00Z"));

    expect((await baselineHistory(profile.id)).map((row) => row.householdSize)).toEqual([5, 4]);
    expect(await baselineInForce(profile.id, new Date("2026-03-01T00:00:00Z"))).toMatchObject({ householdSize: 4 });
    expect(await baselineInForce(profile.id, new Date("2026-07-01T00:00:00Z"))).toMatchObject({
      monthlyIncomeMinIdr: 2_500_000,
      monthlyIncomeMaxIdr: 2_500_000,
    });
    // The consent question is kept in the consent ledger (issue 12): given with the first answers, withdrawn with the second.
    const consents = await prisma.consent.findMany({ where: { userId: profile.userId, kind: "IMPACT_REPORTS" } });
    expect(consents).toMatchObject([
      { givenAt: new Date("2026-01-01T00:00:00Z"), withdrawnAt: new Date("2026-06-01T00:00:00Z"), givenVia: "SELF" },
    ]);
    expect(await baselineInForce(profile.id, new Date("2025-01-01T00:00:00Z"))).toBeNull();
  });

  test("an income amount is read by the one rupiah parser; cents are refused, not read as thousands", () => {
    const answers = (incomeAmount: string) => ({
      incomeRange: "",
      incomeAmount,
      mainCategoryId: "",
      householdSize: "3",
      consent: "yes",
    });
    for (const typed of ["2.500.000", "Rp 2.500.000", "2500000"]) {
      expect(BaselineInput.parse(answers(typed)).monthlyIncomeMinIdr).toBe(2_500_000);
    }
    const issue = (typed: string) => BaselineInput.safeParse(answers(typed)).error?.issues[0];
    expect(issue("2.500.000,50")).toMatchObject({ path: ["incomeAmount"], message: "incomeDecimals" });
    expect(issue("dua juta")).toMatchObject({ path: ["incomeAmount"], message: "incomeInvalid" });
    expect(issue("3.000.000.000")).toMatchObject({ path: ["incomeAmount"], message: "incomeInvalid" });
  });

  test("explicit consent and an income are required", () => {
    const result = BaselineInput.safeParse({
      incomeRange: "",
      incomeAmount: "",
      mainCategoryId: "",
      householdSize: "0",
    });
    expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual(["consentRequired", "householdInvalid"]);
    const noIncome = BaselineInput.safeParse({
      incomeRange: "",
      incomeAmount: "",
      mainCategoryId: "",
      householdSize: "3",
      consent: "no",
    });
    expect(noIncome.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["incomeRange", "incomeRequired"],
    ]);
  });
});

describe("librarians decide applications", () => {
  test("approve, suspend with a reason, reinstate — each audit-logged with before and after", async () => {
    const library = await createLibrary();
    const librarian = await librarianOf(library.id);
    const { user, profile } = await createProducer({ homeLibraryId: library.id, status: "PENDING" });
    expect((await listProducers(librarian)).map((p) => p.id)).toEqual([profile.id]);

    await decideProducer(librarian, profile.id, { action: "approve" });
    await decideProducer(librarian, profile.id, { action: "approve" }); // already in effect: no second entry
    expect(await prisma.producerProfile.findUniqueOrThrow({ where: { id: profile.id } })).toMatchObject({
      status: "APPROVED",
      approvedAt: expect.any(Date),
    });
    await expect(decideProducer(librarian, profile.id, { action: "suspend", reason: "" })).rejects.toMatchObject({
      code: "reasonRequired",
    });
    await decideProducer(librarian, profile.id, { action: "suspend", reason: "Label tidak sesuai isi." });
    const audit = await prisma.auditLog.findMany({ where: { entityId: profile.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId, entry.subjectUserId])).toEqual([
      ["producer.approve", librarian.id, user.id],
      ["producer.suspend", librarian.id, user.id],
    ]);
    expect(audit[1]).toMatchObject({
      before: { status: "APPROVED" },
      after: { status: "SUSPENDED", statusReason: "Label tidak sesuai isi." },
    });
  });

  test("reject needs a reason and only fits a pending application", async () => {
    const library = await createLibrary();
    const librarian = await librarianOf(library.id);
    const { profile } = await createProducer({ homeLibraryId: library.id, status: "PENDING" });
    await decideProducer(librarian, profile.id, { action: "reject", reason: "Belum pernah ikut pelatihan." });
    expect(await prisma.producerProfile.findUniqueOrThrow({ where: { id: profile.id } })).toMatchObject({
      status: "REJECTED",
      statusReason: "Belum pernah ikut pelatihan.",
    });
    await expect(
      decideProducer(librarian, profile.id, { action: "suspend", reason: "apa saja" }),
    ).rejects.toMatchObject({
      code: "decisionNotAllowed",
    });
  });

  test("a librarian of another library sees none of it and cannot decide, even by a forged post", async () => {
    const library = await createLibrary();
    const { profile } = await createProducer({ homeLibraryId: library.id, status: "PENDING" });
    const stranger = await librarianOf((await createLibrary()).id);
    expect(await listProducers(stranger)).toEqual([]);
    await expect(decideProducer(stranger, profile.id, { action: "approve" })).rejects.toBeInstanceOf(NotAllowedError);
    expect((await prisma.producerProfile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe("PENDING");
    expect(await prisma.auditLog.count({ where: { entityId: profile.id } })).toBe(0);
  });

  test("a librarian who is also a producer of the library may not decide their own profile (issue 14)", async () => {
    const library = await createLibrary();
    const { user, profile } = await createProducer({ homeLibraryId: library.id, status: "PENDING" });
    await prisma.roleMembership.create({ data: { userId: user.id, role: "LIBRARIAN", libraryId: library.id } });
    const self = {
      id: user.id,
      memberships: [
        { role: "PRODUCER" as const, libraryId: null, partnerId: null, provinceCode: null },
        { role: "LIBRARIAN" as const, libraryId: library.id, partnerId: null, provinceCode: null },
      ],
    };
    await expect(decideProducer(self, profile.id, { action: "approve" })).rejects.toBeInstanceOf(NotAllowedError);
    const browser = await browserOf(user.id);
    const forged = browser.post("/librarian/producers", { producerId: profile.id, intent: "approve" });
    expect((await settle(() => approvalsAction({ request: forged, params: {}, context: {} }))).status).toBe(403);
    expect((await prisma.producerProfile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe("PENDING");
    expect(await prisma.auditLog.count({ where: { entityId: profile.id } })).toBe(0);

    // Their list shows the profile without a decision to take; another librarian of the library decides it.
    const listed = await listProducers(self);
    expect(listed.map((p) => [p.id, p.own])).toEqual([[profile.id, true]]);
    const colleague = await librarianOf(library.id);
    expect((await listProducers(colleague)).map((p) => p.own)).toEqual([false]);
    await decideProducer(colleague, profile.id, { action: "approve" });
    expect((await prisma.producerProfile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe("APPROVED");
  });
});
