// A producer's own profile: business name and story (shown on /producers/:slug).
import { recordAudit } from "~/accounts/audit.server";
import { prisma } from "~/platform/db.server";

export function getOwnProfile(producerId: string) {
  return prisma.producerProfile.findUniqueOrThrow({
    where: { id: producerId },
    select: {
      id: true,
      slug: true,
      businessName: true,
      story: true,
      status: true,
      statusReason: true,
      nib: true,
      homeLibrary: { select: { name: true } },
    },
  });
}

/** Saves the producer's own name and story, with an audit row of what changed (personal data, issue 14). */
export function updateProfile(producerId: string, values: { businessName: string; story: string }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.producerProfile.findUniqueOrThrow({
      where: { id: producerId },
      select: { userId: true, homeLibraryId: true, businessName: true, story: true },
    });
    const saved = await tx.producerProfile.update({ where: { id: producerId }, data: values, select: { id: true } });
    await recordAudit(tx, {
      actorId: before.userId,
      subjectUserId: before.userId,
      libraryId: before.homeLibraryId,
      action: "producer.profile.update",
      entityType: "ProducerProfile",
      entityId: producerId,
      before: { businessName: before.businessName, story: before.story },
      after: values,
    });
    return saved;
  });
}
