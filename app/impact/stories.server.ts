// Impact stories: a producer's short before/after story with one of their own
// product photos, shown on their library's storefront (/libraries/:slug) and
// their page (/producers/:slug) only when
//   1. the producer's IMPACT_STORY consent is in force (the consent ledger:
//      checked on every request, so a withdrawal hides it from the next one), and
//   2. a librarian of the producer's home library has published it.
// The producer writes it, or their librarian writes it with them and records
// their consent (who, how, when), as for assisted listings. Writing gives the
// consent and clears the publication (a changed story is looked at again);
// withdrawing the consent clears it too. Every change is audited.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { publicProducerWhere } from "~/catalog/visibility.server";
import { consentInForce, giveConsent, hasConsent, withdrawConsent } from "~/accounts/consents.server";
import type { ConsentMethod } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { NotAllowedError } from "~/platform/http-errors";

export const STORY_MAX_LENGTH = 600;

const storyText = z
  .string({ error: "textRequired" })
  .trim()
  .min(20, { error: "textTooShort" })
  .max(STORY_MAX_LENGTH, { error: "textTooLong" });

/** The story form (error messages are keys under `impactStory.errors`). */
export const StoryInput = z.object({
  before: storyText,
  after: storyText,
  photoId: z
    .string()
    .max(40)
    .optional()
    .transform((value) => value || null),
  consent: z.literal("yes", { error: "consentRequired" }),
});
export type StoryValues = z.output<typeof StoryInput>;

/** Who writes: the producer themselves, or a librarian with the producer's recorded consent. */
export type StoryWriter =
  | { kind: "self"; userId: string }
  | {
      kind: "librarian";
      userId: string;
      /** The producer's home library, which the librarian acts for. */
      libraryId: string;
      consent: { consentName: string; consentMethod: ConsentMethod; consentGivenOn: Date };
    };

const photoSelect = {
  id: true,
  storageKey: true,
  widths: true,
  alt: true,
  placeholder: true,
  width: true,
  height: true,
} as const;

/** The producer's story (if any), whether it may show now, and the photos they may pick (their products' first ones). */
export async function storyForm(producer: { id: string; userId: string }) {
  const [story, photos, consentInForce] = await Promise.all([
    prisma.impactStory.findUnique({
      where: { producerId: producer.id },
      select: { before: true, after: true, photoId: true, publishedAt: true, updatedAt: true },
    }),
    prisma.productImage.findMany({
      where: { product: { producerId: producer.id }, position: 0 },
      orderBy: { id: "asc" },
      take: 24,
      select: { ...photoSelect, product: { select: { title: true } } },
    }),
    hasConsent(producer.userId, "IMPACT_STORY"),
  ]);
  return { story, photos, consentInForce };
}

/** Saves the story and the IMPACT_STORY consent together; the story waits for a librarian to publish it. */
export async function saveStory(producer: { id: string; userId: string }, values: StoryValues, writer: StoryWriter) {
  return prisma.$transaction(async (tx) => {
    if (values.photoId) {
      const photo = await tx.productImage.findFirst({
        where: { id: values.photoId, product: { producerId: producer.id } },
        select: { id: true },
      });
      if (!photo) throw new NotAllowedError(`Photo ${values.photoId} is not one of ${producer.id}'s`);
    }
    const story = { before: values.before, after: values.after, photoId: values.photoId, publishedAt: null };
    await tx.impactStory.upsert({
      where: { producerId: producer.id },
      create: { producerId: producer.id, ...story },
      update: story,
    });
    await giveConsent(
      {
        userId: producer.userId,
        kind: "IMPACT_STORY",
        via:
          writer.kind === "self"
            ? "SELF"
            : writer.consent.consentMethod === "PHONE"
              ? "LIBRARIAN_PHONE"
              : "LIBRARIAN_IN_PERSON",
        actorId: writer.userId,
      },
      tx,
    );
    await recordAudit(tx, {
      actorId: writer.userId,
      subjectUserId: producer.userId,
      action: writer.kind === "self" ? "story.write" : "story.writeAssisted",
      entityType: "ImpactStory",
      entityId: producer.id,
      libraryId: writer.kind === "librarian" ? writer.libraryId : null,
      after: {
        before: values.before,
        after: values.after,
        photoId: values.photoId,
        ...(writer.kind === "librarian"
          ? {
              consentName: writer.consent.consentName,
              consentMethod: writer.consent.consentMethod,
              consentGivenOn: writer.consent.consentGivenOn.toISOString().slice(0, 10),
            }
          : {}),
      },
    });
  });
}

/** The producer takes their consent back: the story stops showing at once and needs publishing again after a new consent. */
export async function withdrawStory(producer: { id: string; userId: string }) {
  await prisma.$transaction(async (tx) => {
    await withdrawConsent({ userId: producer.userId, kind: "IMPACT_STORY", via: "SELF", actorId: producer.userId }, tx);
    await tx.impactStory.updateMany({ where: { producerId: producer.id }, data: { publishedAt: null } });
  });
}

/** The stories of a library's producers, for its librarians: newest first, with whether each may be published. */
export async function libraryStories(libraryId: string) {
  const stories = await prisma.impactStory.findMany({
    where: { producer: { homeLibraryId: libraryId } },
    orderBy: [{ updatedAt: "desc" }, { producerId: "asc" }],
    take: 200,
    select: {
      producerId: true,
      before: true,
      after: true,
      publishedAt: true,
      updatedAt: true,
      photo: { select: photoSelect },
      producer: {
        select: {
          businessName: true,
          slug: true,
          user: { select: { consents: { where: { kind: "IMPACT_STORY", withdrawnAt: null }, select: { id: true } } } },
        },
      },
    },
  });
  return stories.map(({ producer, ...story }) => ({
    ...story,
    producer: { businessName: producer.businessName, slug: producer.slug },
    consent: producer.user.consents.length > 0,
  }));
}

/**
 * A librarian publishes (or takes down) the story of a producer of the library
 * they act for. Publishing needs the producer's consent in force; false when
 * it is not (nothing changes).
 */
export async function setStoryPublished(
  actor: { id: string },
  libraryId: string,
  producerId: string,
  published: boolean,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const story = await tx.impactStory.findUnique({
      where: { producerId },
      select: { producer: { select: { homeLibraryId: true, userId: true } } },
    });
    if (story?.producer.homeLibraryId !== libraryId)
      throw new NotAllowedError(`No story of ${producerId} in library ${libraryId}`);
    if (published) {
      const consent = await tx.consent.findFirst({
        where: { userId: story.producer.userId, kind: "IMPACT_STORY", withdrawnAt: null },
        select: { id: true },
      });
      if (!consent) return false;
    }
    await tx.impactStory.update({ where: { producerId }, data: { publishedAt: published ? new Date() : null } });
    await recordAudit(tx, {
      actorId: actor.id,
      subjectUserId: story.producer.userId,
      action: published ? "story.publish" : "story.unpublish",
      entityType: "ImpactStory",
      entityId: producerId,
      libraryId,
    });
    return true;
  });
}

/**
 * The stories a public page shows: published, of a public producer (approved, PUBLIC_PROFILE in force: a
 * story names them and links to their page) whose IMPACT_STORY consent is in force now. The storefront
 * reads the same in its one statement (libraries.server.ts; libraries.server.test.ts holds the two equal).
 */
export async function shownStories(where: { libraryId: string } | { producerSlug: string }, take = 3) {
  const stories = await prisma.impactStory.findMany({
    where: {
      publishedAt: { not: null },
      producer: {
        ...("libraryId" in where ? { homeLibraryId: where.libraryId } : { slug: where.producerSlug }),
        // Both consents: spreading publicProducerWhere and then naming `user` again replaced its PUBLIC_PROFILE rule.
        AND: [publicProducerWhere, { user: consentInForce("IMPACT_STORY") }],
      },
    },
    orderBy: [{ publishedAt: "desc" }, { producerId: "asc" }],
    take,
    select: {
      producerId: true,
      before: true,
      after: true,
      photo: { select: photoSelect },
      producer: { select: { businessName: true, slug: true } },
    },
  });
  return stories;
}

/** A librarian's publish / take-down button. */
export const PublishInput = z.object({
  producerId: z.string().min(1).max(40),
  intent: z.enum(["publish", "unpublish"]),
});
