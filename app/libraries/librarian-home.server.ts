// What the librarian's home page summarises about their library, in one round of counts.
import { prisma } from "~/platform/db.server";

export async function librarySummary(libraryId: string) {
  const [pendingProducers, producers, trainings, featured, hidden, latestTrainings] = await Promise.all([
    prisma.producerProfile.count({ where: { homeLibraryId: libraryId, status: "PENDING" } }),
    prisma.producerProfile.count({ where: { homeLibraryId: libraryId, status: "APPROVED" } }),
    prisma.trainingSession.count({ where: { libraryId } }),
    prisma.storefrontFeaturedProduct.count({ where: { libraryId } }),
    prisma.storefrontHiddenProduct.count({ where: { libraryId } }),
    prisma.trainingSession.findMany({
      where: { libraryId },
      select: { id: true, title: true, kind: true, topic: true, heldOn: true },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      take: 3,
    }),
  ]);
  return { pendingProducers, producers, trainings, featured, hidden, latestTrainings };
}
