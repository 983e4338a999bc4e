// A producer's own profile: business name and story (shown on /producers/:slug).
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

export function updateProfile(producerId: string, values: { businessName: string; story: string }) {
  return prisma.producerProfile.update({ where: { id: producerId }, data: values, select: { id: true } });
}
