// Admins manage partners: a national admin everywhere, a province admin only
// partners working in their province (and only areas inside it). Every change
// is audited; members are granted by e-mail with who granted them; the pages
// refuse anyone who is not an admin and any post without the CSRF token.
import { beforeAll, describe, expect, test } from "vitest";
import { holdsRole } from "~/accounts/scope.server";
import { acceptInvitation, createInvitation } from "~/partners/invitations.server";
import { prisma } from "~/platform/db.server";
import { NotAllowedError } from "~/platform/http-errors";
import { action as editAction, loader as editLoader } from "~/routes/admin.partners.$id";
import { loader as listLoader } from "~/routes/admin.partners._index";
import { action as newAction, loader as newLoader } from "~/routes/admin.partners.new";
import { browserOf, settle } from "../support/route-requests";
import {
  createAdmin,
  createLibrarian,
  createLibrary,
  createPartner,
  createProducer,
  createUser,
  ensureTestAreas,
  type TestAreas,
} from "../db-utils";
import { areaPicker } from "~/partners/area-picker.server";
import {
  PartnerAdminError,
  PartnerDetailsSchema,
  createPartner as createPartnerAsAdmin,
  listManagedPartners,
  managedPartner,
  removePartnerMember,
  updatePartner,
} from "~/partners/partner-admin.server";

type Actor = Parameters<typeof createPartnerAsAdmin>[0];

let areas: TestAreas;
// A second province (Kemendagri 33, Jawa Tengah; 33.01 Kabupaten Cilacap) for the scope tests.
const JATENG = { code: "33", name: "Jawa Tengah" };
const CILACAP = { code: "33.01", name: "Kabupaten Cilacap" };

beforeAll(async () => {
  areas = await ensureTestAreas();
  await prisma.area.createMany({
    data: [
      { ...JATENG, level: "PROVINCE", parentCode: null },
      { ...CILACAP, level: "REGENCY", parentCode: JATENG.code },
    ],
    skipDuplicates: true,
  });
});

/** An admin as the domain functions see them: the id and the memberships of the session. */
async function adminActor(provinceCode: string | null): Promise<Actor> {
  const user = await createAdmin(provinceCode);
  return { id: user.id, memberships: [{ role: "ADMIN", provinceCode, libraryId: null, partnerId: null }] };
}

async function refusal(run: () => Promise<unknown>): Promise<PartnerAdminError> {
  const error = await run().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PartnerAdminError);
  return error as PartnerAdminError;
}

const details = (input: Record<string, string>) => PartnerDetailsSchema.parse(input);

describe("partner administration (domain)", { timeout: 60_000 }, () => {
  test("a national admin creates a cooperative with a regency area, audited and listed with the area's names", async () => {
    const admin = await adminActor(null);
    const partner = await createPartnerAsAdmin(
      admin,
      details({
        name: "Koperasi Tani Makmur",
        kind: "COOPERATIVE",
        description: " Simpan pinjam ",
        areaCode: areas.regency.code,
      }),
    );
    expect(partner).toMatchObject({
      name: "Koperasi Tani Makmur",
      kind: "COOPERATIVE",
      description: "Simpan pinjam",
      areaCode: areas.regency.code,
    });
    expect(partner.slug).toMatch(/^koperasi-tani-makmur-[0-9a-f]{6}$/);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "Partner", entityId: partner.id } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "partner.create", before: null });
    expect(audit.after).toMatchObject({ name: "Koperasi Tani Makmur", areaCode: areas.regency.code });

    const listed = await listManagedPartners(admin, { q: "tani mak" });
    expect(listed.map((row) => row.id)).toEqual([partner.id]);
    expect(listed[0]!.areaName).toBe(`${areas.regency.name}, ${areas.province.name}`);
    expect(listed[0]!.memberCount).toBe(0);
  });

  test("a national admin may leave the area empty; the partner then pays nobody until it has one", async () => {
    const partner = await createPartnerAsAdmin(await adminActor(null), details({ name: "Bank Desa", kind: "BANK" }));
    expect(partner.areaCode).toBeNull();
  });

  test("duplicate names get distinct slugs", async () => {
    const admin = await adminActor(null);
    const input = details({ name: "BUMDes Maju Jaya", kind: "BUMDES", areaCode: areas.village.code });
    const [first, second] = [await createPartnerAsAdmin(admin, input), await createPartnerAsAdmin(admin, input)];
    expect(first.slug).not.toBe(second.slug);
    expect(first.slug.startsWith("bumdes-maju-jaya-")).toBe(true);
    expect(second.slug.startsWith("bumdes-maju-jaya-")).toBe(true);
  });

  test("a province admin edits a partner of their province; a resubmit changes nothing", async () => {
    const admin = await adminActor(areas.province.code);
    const partner = await createPartner({ name: "Koperasi Lama", areaCode: areas.province.code });
    const change = details({
      name: "Koperasi Baru",
      kind: "BUMDES",
      description: "Gerai oleh-oleh",
      areaCode: areas.district.code,
    });
    expect(await updatePartner(admin, partner.id, change)).toEqual({ changed: true, slug: partner.slug });
    expect(await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({
      name: "Koperasi Baru",
      kind: "BUMDES",
      description: "Gerai oleh-oleh",
      areaCode: areas.district.code,
    });
    expect((await updatePartner(admin, partner.id, change)).changed).toBe(false);

    const audits = await prisma.auditLog.findMany({ where: { entityId: partner.id, action: "partner.update" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: admin.id,
      before: { name: "Koperasi Lama", kind: "COOPERATIVE", description: "", areaCode: areas.province.code },
      after: { name: "Koperasi Baru", kind: "BUMDES", description: "Gerai oleh-oleh", areaCode: areas.district.code },
    });
  });

  test("a province admin cannot see or change another province's partner, nor give an area outside their province", async () => {
    const admin = await adminActor(areas.province.code);
    const elsewhere = await createPartner({ name: "Koperasi Cilacap", areaCode: CILACAP.code });
    const noArea = await createPartner({ name: "Koperasi Tanpa Wilayah", areaCode: null });
    const own = await createPartner({ name: "Koperasi Medan", areaCode: areas.regency.code });

    const listed = (await listManagedPartners(admin)).map((row) => row.id);
    expect(listed).toContain(own.id);
    expect(listed).not.toContain(elsewhere.id);
    expect(listed).not.toContain(noArea.id);
    expect(await managedPartner(admin, elsewhere.id)).toBeNull();

    const input = details({ name: "Koperasi Cilacap Baru", kind: "COOPERATIVE", areaCode: areas.regency.code });
    expect((await refusal(() => updatePartner(admin, elsewhere.id, input))).messageKey).toBe(
      "partnersAdmin.errors.notFound",
    );
    await expect(createInvitation(admin, elsewhere.id, "x")).rejects.toThrow(NotAllowedError);

    const outside = details({ name: "Koperasi Medan", kind: "COOPERATIVE", areaCode: CILACAP.code });
    const moved = await refusal(() => updatePartner(admin, own.id, outside));
    expect(moved).toMatchObject({ field: "areaCode", messageKey: "partnersAdmin.errors.areaOutOfScope" });
    expect((await refusal(() => createPartnerAsAdmin(admin, outside))).messageKey).toBe(
      "partnersAdmin.errors.areaOutOfScope",
    );
    const withoutArea = details({ name: "Koperasi Medan", kind: "COOPERATIVE" });
    expect((await refusal(() => createPartnerAsAdmin(admin, withoutArea))).messageKey).toBe(
      "partnersAdmin.errors.areaRequired",
    );

    expect(await prisma.partner.findUniqueOrThrow({ where: { id: elsewhere.id } })).toMatchObject({
      name: "Koperasi Cilacap",
      areaCode: CILACAP.code,
    });
    expect(await prisma.partner.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      areaCode: areas.regency.code,
    });
    expect(await prisma.auditLog.count({ where: { actorId: admin.id } })).toBe(0);

    // The area picker offers a province admin their own province only.
    const picker = await areaPicker(
      { national: false, provinceCodes: [areas.province.code] },
      { province: JATENG.code },
    );
    expect(picker.options.province.map((option) => option.code)).toEqual([areas.province.code]);
    expect(picker.area).toBeNull();
  });

  test("an unknown area is refused with a clear message, a malformed one already at the form", async () => {
    const admin = await adminActor(null);
    const unknown = details({ name: "Koperasi Hantu", kind: "COOPERATIVE", areaCode: "12.99" });
    expect(await refusal(() => createPartnerAsAdmin(admin, unknown))).toMatchObject({
      field: "areaCode",
      messageKey: "partnersAdmin.errors.areaUnknown",
    });
    expect(await prisma.partner.count({ where: { name: "Koperasi Hantu" } })).toBe(0);

    const malformed = PartnerDetailsSchema.safeParse({ name: "K", kind: "PAWNSHOP", areaCode: "Medan" });
    expect(malformed.success).toBe(false);
    const keys = Object.fromEntries(malformed.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(keys).toEqual({
      name: "partnersAdmin.errors.name",
      kind: "partnersAdmin.errors.kind",
      areaCode: "partnersAdmin.errors.areaUnknown",
    });
  });

  test("members join by a one-time invitation (issue 11: no more adding by e-mail) and are removed, each change audited", async () => {
    const admin = await adminActor(areas.province.code);
    const partner = await createPartner({ areaCode: areas.regency.code });
    const person = await createUser();

    const { token } = await createInvitation(admin, partner.id, "untuk Rina");
    expect(await acceptInvitation(person.id, token)).toEqual({
      ok: true,
      partnerSlug: partner.slug,
      alreadyMember: false,
    });
    const membership = await prisma.roleMembership.findFirstOrThrow({ where: { userId: person.id } });
    expect(membership).toMatchObject({
      userId: person.id,
      role: "PARTNER_MEMBER",
      partnerId: partner.id,
      grantedById: admin.id,
      libraryId: null,
      provinceCode: null,
    });
    const memberships = await prisma.roleMembership.findMany({ where: { userId: person.id } });
    expect(holdsRole({ memberships }, "partner", { partnerId: partner.id })).toBe(true);
    // The link is spent.
    expect(await acceptInvitation(person.id, token)).toEqual({ ok: false, reason: "accepted" });
    expect(await prisma.roleMembership.count({ where: { userId: person.id, partnerId: partner.id } })).toBe(1);

    const page = await managedPartner(admin, partner.id);
    expect(page!.memberships.map((m) => [m.user.email, m.grantedBy?.name])).toEqual([
      [person.email, expect.any(String)],
    ]);

    expect(await removePartnerMember(admin, partner.id, membership.id)).toEqual({ removed: true });
    expect(await removePartnerMember(admin, partner.id, membership.id)).toEqual({ removed: false });
    expect(await prisma.roleMembership.count({ where: { userId: person.id, role: "PARTNER_MEMBER" } })).toBe(0);

    const audits = await prisma.auditLog.findMany({
      where: { entityType: "RoleMembership", entityId: membership.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((entry) => [entry.action, entry.actorId, entry.subjectUserId])).toEqual([
      ["partner.member.join", person.id, person.id],
      ["partner.member.remove", admin.id, person.id],
    ]);
    expect(audits[0]!.after).toMatchObject({ role: "PARTNER_MEMBER", partnerId: partner.id });
    expect(audits[1]!.before).toMatchObject({ role: "PARTNER_MEMBER", partnerId: partner.id, grantedById: admin.id });
  });
});

describe("the /admin/partners pages", { timeout: 60_000 }, () => {
  const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

  test("refuse anyone who is not an admin, and send a visitor to log in", async () => {
    const library = await createLibrary();
    const partner = await createPartner({ areaCode: areas.regency.code });
    const librarian = await browserOf((await createLibrarian(library.id)).id);
    const producer = await browserOf((await createProducer()).user.id);
    const member = await createUser();
    await prisma.roleMembership.create({ data: { userId: member.id, role: "PARTNER_MEMBER", partnerId: partner.id } });
    const partnerMember = await browserOf(member.id);

    for (const browser of [librarian, producer, partnerMember]) {
      expect(await settle(() => listLoader(args(browser.get("/admin/partners"))))).toMatchObject({ status: 403 });
      expect(await settle(() => newLoader(args(browser.get("/admin/partners/new"))))).toMatchObject({ status: 403 });
      const create = browser.post("/admin/partners/new", { name: "Koperasi Palsu", kind: "COOPERATIVE", areaCode: "" });
      expect(await settle(() => newAction(args(create)))).toMatchObject({ status: 403 });
      const inviteSelf = browser.post(`/admin/partners/${partner.id}`, { intent: "invite", note: "saya" });
      expect(await settle(() => editAction(args(inviteSelf, { id: partner.id })))).toMatchObject({ status: 403 });
    }
    const visitor = await settle(() => listLoader(args(new Request("http://localhost/admin/partners"))));
    expect(visitor.status).toBe(302);
    expect(visitor.location).toMatch(/^\/login\?redirectTo=/);
    expect(await prisma.partner.count({ where: { name: "Koperasi Palsu" } })).toBe(0);
  });

  test("a post without the CSRF token changes nothing; with it the admin creates, edits and adds a member", async () => {
    const admin = await browserOf((await createAdmin(null)).id);
    const fields = { name: "Koperasi Lewat Halaman", kind: "COOPERATIVE", areaCode: areas.regency.code };

    const forged = await settle(() => newAction(args(admin.post("/admin/partners/new", fields, { csrf: false }))));
    expect(forged.status).toBe(403);
    expect(await prisma.partner.count({ where: { name: fields.name } })).toBe(0);

    const invalid = await settle(() =>
      newAction(args(admin.post("/admin/partners/new", { ...fields, areaCode: "12.99" }))),
    );
    expect(invalid).toMatchObject({ status: 400, body: { errors: { areaCode: "partnersAdmin.errors.areaUnknown" } } });

    const created = await settle(() => newAction(args(admin.post("/admin/partners/new", fields))));
    expect(created.status).toBe(302);
    const partner = await prisma.partner.findFirstOrThrow({ where: { name: fields.name } });
    expect(created.location).toBe(`/admin/partners/${partner.id}?notice=created`);

    const page = await settle(() =>
      editLoader(args(admin.get(`/admin/partners/${partner.id}?province=${areas.province.code}`), { id: partner.id })),
    );
    const body = page.body as {
      partner: { name: string };
      picker: { chosen: object; options: { regency: unknown[] } };
    };
    expect(body.partner.name).toBe(fields.name);
    expect(body.picker.chosen).toEqual({ province: areas.province.code });
    expect(body.picker.options.regency).toContainEqual({ code: areas.regency.code, name: areas.regency.name });

    const forgedInvite = editAction(
      args(admin.post(`/admin/partners/${partner.id}`, { intent: "invite", note: "Rina" }, { csrf: false }), {
        id: partner.id,
      }),
    );
    expect(await settle(() => forgedInvite)).toMatchObject({ status: 403 });
    expect(await prisma.partnerInvitation.count({ where: { partnerId: partner.id } })).toBe(0);
    const invite = await settle(() =>
      editAction(
        args(admin.post(`/admin/partners/${partner.id}`, { intent: "invite", note: "Rina" }), { id: partner.id }),
      ),
    );
    expect(invite).toMatchObject({ status: 200, body: { link: expect.stringMatching(/\/invitations\/[\w-]{32}$/) } });

    const save = await settle(() =>
      editAction(
        args(admin.post(`/admin/partners/${partner.id}`, { ...fields, intent: "save", areaCode: areas.village.code }), {
          id: partner.id,
        }),
      ),
    );
    expect(save).toMatchObject({ status: 302, location: `/admin/partners/${partner.id}?notice=saved` });
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).areaCode).toBe(areas.village.code);
  });

  test("a province admin gets 404 for another province's partner page", async () => {
    const partner = await createPartner({ areaCode: CILACAP.code });
    const admin = await browserOf((await createAdmin(areas.province.code)).id);
    const page = await settle(() => editLoader(args(admin.get(`/admin/partners/${partner.id}`), { id: partner.id })));
    expect(page.status).toBe(404);
    const post = admin.post(`/admin/partners/${partner.id}`, { intent: "save", name: "X Koperasi", kind: "BANK" });
    expect(await settle(() => editAction(args(post, { id: partner.id })))).toMatchObject({ status: 404 });
  });
});
