// Demo data for impact stories (issue 12): the demo producer's before/after
// story with one of her product photos, her IMPACT_STORY consent and the
// publication by her librarian, so /libraries/:slug and /producers/:slug show
// a story on a fresh start.
import { CONSENT_STATEMENTS } from "~/accounts/consents.server";
import type { Prisma } from "~/generated/prisma/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";

export async function writeDemoImpactStory(tx: Prisma.TransactionClient, today: Date): Promise<void> {
  const producer = await tx.producerProfile.findFirst({
    where: { user: { email: DEMO_ACCOUNTS.producer.email }, status: "APPROVED" },
    select: {
      id: true,
      userId: true,
      products: {
        where: { status: "PUBLISHED" },
        orderBy: { slug: "asc" },
        take: 1,
        select: { images: { take: 1, orderBy: { position: "asc" }, select: { id: true } } },
      },
    },
  });
  if (!producer) return;
  const givenAt = new Date(today.getTime() - 30 * 24 * 60 * 60 * 1000);
  await tx.consent.create({
    data: {
      userId: producer.userId,
      kind: "IMPACT_STORY",
      statement: CONSENT_STATEMENTS.IMPACT_STORY,
      givenAt,
      givenVia: "SELF",
    },
  });
  await tx.impactStory.create({
    data: {
      producerId: producer.id,
      before:
        "Dulu saya menjual keripik di depan rumah saja, tanpa label dan tanpa catatan. Dalam sebulan paling laku beberapa puluh bungkus.",
      after:
        "Setelah pelatihan pengemasan di perpustakaan desa, keripik saya berlabel dan dijual juga lewat lapak ini dan bazar perpustakaan. Penghasilan bulanan hampir dua kali lipat, dan anak saya bisa lanjut sekolah.",
      photoId: producer.products[0]?.images[0]?.id ?? null,
      publishedAt: new Date(givenAt.getTime() + 2 * 24 * 60 * 60 * 1000),
    },
  });
}
