// Issue 12 leftovers: impact stories and the check-in a librarian records.
// A story shows on /libraries/:slug and /producers/:slug only once a librarian
// of the producer's library published it AND while the producer's IMPACT_STORY
// consent is in force; a rewrite or a withdrawal takes it down. A librarian
// writes a story or records a check-in only for a producer of their library,
// with the producer's consent (who, how, when), under the producer's own rules
// (consent box, 6 months between check-ins), audited.
import { beforeAll, expect, test } from "vitest";
import { todayIn } from "~/libraries/library-dates";
import { prisma } from "~/platform/db.server";
import { loader as libraryLoader } from "~/routes/libraries.$slug";
import { action as checkInAction } from "~/routes/librarian.producers.$producerId.check-in";
import { action as assistedStoryAction } from "~/routes/librarian.producers.$producerId.story";
import { action as publishAction } from "~/routes/librarian.stories";
import { action as storyAction } from "~/routes/producer.story";
import { loader as producerPageLoader } from "~/routes/producers.$slug";
import { createLibrarian, createLibrary, createProducer } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

let library: { id: string; slug: string; timeZone: string };
let producer: { id: string; slug: string; userId: string };
let other: { id: string; userId: string };
let librarianId: string;
let strangerLibrarianId: string;

beforeAll(async () => {
  library = await createLibrary();
  const otherLibrary = await createLibrary();
  const made = await createProducer({ homeLibraryId: library.id });
  producer = { id: made.profile.id, slug: made.profile.slug, userId: made.user.id };
  const second = await createProducer({ homeLibraryId: library.id });
  other = { id: second.profile.id, userId: second.user.id };
  librarianId = (await createLibrarian(library.id)).id;
  strangerLibrarianId = (await createLibrarian(otherLibrary.id)).id;
}, 60_000);

const call = async (userId: string, url: string, action: (args: never) => Promise<unknown>, fields: object) => {
  const browser = await browserOf(userId);
  const params = { producerId: url.split("/")[3] ?? "" };
  return settle(() => action({ request: browser.post(url, fields as never), params, context: {} } as never));
};
const storiesShown = async () => {
  const args = (url: string, params: object) => ({
    request: new Request(`http://localhost${url}`),
    params,
    context: {},
  });
  const storefront = await settle(() =>
    libraryLoader(args(`/libraries/${library.slug}`, { slug: library.slug }) as never),
  );
  const page = await settle(() =>
    producerPageLoader(args(`/producers/${producer.slug}`, { slug: producer.slug }) as never),
  );
  const ids = (body: unknown) =>
    (body as { stories: { producerId: string }[] }).stories.map((story) => story.producerId);
  return { storefront: ids(storefront.body), page: ids(page.body) };
};
const story = {
  before: "Dulu keripik hanya dijual di warung depan rumah.",
  after: "Kini berlabel dan laku di lapak dan bazar perpustakaan.",
};

test("a story shows once published and only while the consent is in force", async () => {
  const refused = await call(producer.userId, "/producer/story", storyAction, story);
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ errors: { consent: "consentRequired" } });

  expect((await call(producer.userId, "/producer/story", storyAction, { ...story, consent: "yes" })).location).toBe(
    "/producer/story?done=saved",
  );
  expect(await storiesShown()).toEqual({ storefront: [], page: [] }); // not published yet

  // Only a librarian of the producer's own library publishes.
  const publish = (userId: string) =>
    call(userId, `/librarian/stories?library=${library.slug}`, publishAction, {
      producerId: producer.id,
      intent: "publish",
    });
  expect((await publish(strangerLibrarianId)).status).toBe(403);
  expect((await publish(librarianId)).location).toBe(`/librarian/stories?library=${library.slug}&done=publish`);
  expect(await storiesShown()).toEqual({ storefront: [producer.id], page: [producer.id] });

  // Withdrawn: hidden at once, and publishing again is refused until a new consent.
  await call(producer.userId, "/producer/story", storyAction, { intent: "withdraw" });
  expect(await storiesShown()).toEqual({ storefront: [], page: [] });
  expect((await publish(librarianId)).body).toEqual({ refused: producer.id });

  // Rewritten (consent given again): waits for a librarian again.
  await call(producer.userId, "/producer/story", storyAction, { ...story, consent: "yes" });
  expect(await storiesShown()).toEqual({ storefront: [], page: [] });
  await publish(librarianId);
  expect(await storiesShown()).toEqual({ storefront: [producer.id], page: [producer.id] });
  const actions = await prisma.auditLog.findMany({
    where: { entityType: "ImpactStory", entityId: producer.id },
    orderBy: { createdAt: "asc" },
    select: { action: true },
  });
  expect(actions.map((row) => row.action)).toEqual(["story.write", "story.publish", "story.write", "story.publish"]);
});

test("a librarian writes a story with the producer's recorded consent, for their own library only", async () => {
  const consent = { consentName: "Ibu Produsen", consentMethod: "PHONE", consentGivenOn: todayIn(library.timeZone) };
  const url = `/librarian/producers/${other.id}/story`;
  expect(
    (await call(strangerLibrarianId, url, assistedStoryAction, { ...story, ...consent, consent: "yes" })).status,
  ).toBe(403);
  const missing = await call(librarianId, url, assistedStoryAction, { ...story, consent: "yes" });
  expect(missing.status).toBe(400);
  expect(missing.body).toMatchObject({ errors: { consentName: "consentNameRequired" } });
  expect(await prisma.impactStory.count({ where: { producerId: other.id } })).toBe(0);

  const saved = await call(librarianId, url, assistedStoryAction, { ...story, ...consent, consent: "yes" });
  expect(saved.location).toBe(`/librarian/stories?library=${library.slug}&done=saved`);
  expect(
    await prisma.consent.findFirstOrThrow({ where: { userId: other.userId, kind: "IMPACT_STORY" } }),
  ).toMatchObject({ givenVia: "LIBRARIAN_PHONE", recordedById: librarianId, withdrawnAt: null });
  expect(
    await prisma.auditLog.findFirstOrThrow({ where: { entityId: other.id, action: "story.writeAssisted" } }),
  ).toMatchObject({ actorId: librarianId, libraryId: library.id, after: { consentName: "Ibu Produsen" } });
});

test("a librarian records a check-in with consent, under the producer's own 6-month rule, audited", async () => {
  const url = `/librarian/producers/${other.id}/check-in`;
  const answers = {
    incomeRange: "1to3m",
    householdSize: "3",
    lifeChange: "BETTER",
    helpedBy: ["LIBRARY"],
    consent: "yes",
  };
  const consent = {
    consentName: "Ibu Produsen",
    consentMethod: "IN_PERSON",
    consentGivenOn: todayIn(library.timeZone),
  };
  expect((await call(strangerLibrarianId, url, checkInAction, { ...answers, ...consent })).status).toBe(403);
  const noConsent = await call(librarianId, url, checkInAction, { ...answers, consentName: "" });
  expect(noConsent.status).toBe(400);
  const noBox = await call(librarianId, url, checkInAction, { ...answers, ...consent, consent: "" });
  expect(noBox.body).toMatchObject({ errors: { consent: "consentRequired" } });
  expect(await prisma.impactCheckIn.count({ where: { producerId: other.id } })).toBe(0);

  expect((await call(librarianId, url, checkInAction, { ...answers, ...consent })).location).toBe(
    `${url}?done=check-in`,
  );
  const checkIn = await prisma.impactCheckIn.findFirstOrThrow({ where: { producerId: other.id } });
  expect(checkIn).toMatchObject({
    incomeMinIdr: 1_000_000,
    householdSize: 3,
    recordedById: librarianId,
    consentName: "Ibu Produsen",
    consentMethod: "IN_PERSON",
  });
  expect(
    await prisma.consent.findFirstOrThrow({
      where: { userId: other.userId, kind: "IMPACT_REPORTS", withdrawnAt: null },
    }),
  ).toMatchObject({ givenVia: "LIBRARIAN_IN_PERSON", recordedById: librarianId });
  expect(await prisma.auditLog.findFirstOrThrow({ where: { entityId: checkIn.id } })).toMatchObject({
    action: "impact.checkIn.assisted",
    actorId: librarianId,
    libraryId: library.id,
  });
  // Not due again for 6 months: a second one is not saved.
  await call(librarianId, url, checkInAction, { ...answers, ...consent });
  expect(await prisma.impactCheckIn.count({ where: { producerId: other.id } })).toBe(1);
});
