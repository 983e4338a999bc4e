import { expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createLibrarian, createLibrary, createUser } from "../../tests/db-utils";
import { consentInForce, consentsOf, giveConsent, hasConsent, withdrawConsent } from "./consents.server";

test("a consent is in force from when it is given until it is withdrawn, and both are audited", async () => {
  const person = await createUser();
  expect(await hasConsent(person.id, "WHATSAPP_NUMBER")).toBe(false);
  await giveConsent({ userId: person.id, kind: "WHATSAPP_NUMBER", via: "SELF", actorId: person.id });
  expect(await hasConsent(person.id, "WHATSAPP_NUMBER")).toBe(true);
  expect(await hasConsent(person.id, "IMPACT_REPORTS")).toBe(false);

  expect(
    await withdrawConsent({ userId: person.id, kind: "WHATSAPP_NUMBER", via: "SELF", actorId: person.id }),
  ).toEqual({
    withdrawn: true,
  });
  expect(await hasConsent(person.id, "WHATSAPP_NUMBER")).toBe(false);
  const audit = await prisma.auditLog.findMany({ where: { subjectUserId: person.id }, orderBy: { createdAt: "asc" } });
  expect(audit.map((entry) => entry.action)).toEqual(["consent.give", "consent.withdraw"]);
});

test("giving twice, even at once, keeps one row; withdrawing what is not in force changes nothing", async () => {
  const person = await createUser();
  const change = { userId: person.id, kind: "IMPACT_REPORTS" as const, via: "SELF" as const, actorId: person.id };
  const results = await Promise.all([giveConsent(change), giveConsent(change), giveConsent(change)]);
  expect(results.filter((result) => result.created)).toHaveLength(1);
  expect(await prisma.consent.count({ where: { userId: person.id } })).toBe(1);
  await withdrawConsent(change);
  expect(await withdrawConsent(change)).toEqual({ withdrawn: false });
});

test("a librarian may record it for the person; the ledger keeps who and how, and the history survives withdrawal", async () => {
  const library = await createLibrary();
  const librarian = await createLibrarian(library.id);
  const producer = await createUser();
  await giveConsent({ userId: producer.id, kind: "PUBLIC_PROFILE", via: "LIBRARIAN_IN_PERSON", actorId: librarian.id });
  await withdrawConsent({ userId: producer.id, kind: "PUBLIC_PROFILE", via: "SELF", actorId: producer.id });
  await giveConsent({ userId: producer.id, kind: "PUBLIC_PROFILE", via: "SELF", actorId: producer.id });

  const { inForce, history } = await consentsOf(producer.id);
  expect(inForce.has("PUBLIC_PROFILE")).toBe(true);
  expect(history).toHaveLength(2);
  const first = history[1]!;
  expect(first).toMatchObject({ givenVia: "LIBRARIAN_IN_PERSON", withdrawnVia: "SELF" });
  expect(first.recordedBy?.name).toBe(librarian.name);
});

test("consentInForce filters people by a consent in force", async () => {
  const [agreed, withdrew, never] = await Promise.all([createUser(), createUser(), createUser()]);
  await giveConsent({ userId: agreed.id, kind: "IMPACT_STORY", via: "SELF", actorId: agreed.id });
  await giveConsent({ userId: withdrew.id, kind: "IMPACT_STORY", via: "SELF", actorId: withdrew.id });
  await withdrawConsent({ userId: withdrew.id, kind: "IMPACT_STORY", via: "SELF", actorId: withdrew.id });
  const found = await prisma.user.findMany({
    where: { id: { in: [agreed.id, withdrew.id, never.id] }, ...consentInForce("IMPACT_STORY") },
    select: { id: true },
  });
  expect(found.map((user) => user.id)).toEqual([agreed.id]);
});
