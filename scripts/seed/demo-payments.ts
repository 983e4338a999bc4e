// How the demo's sellers take money and deliver (issue 5): a few libraries
// publish a bank account, so bank transfer shows at checkout for their
// producers; some producers ship at a flat fee, so shipping shows too.
// Bank and account numbers are fictional (the demo bank partner's name), so no
// real account is implied.
import type { PrismaClient } from "~/generated/prisma/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import type { PlannedProducer } from "./demo-data";
import { DEMO_VILLAGE_LIBRARY_SLUG } from "./demo-libraries";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const DEMO_BANK_ACCOUNTS = [
  {
    librarySlug: DEMO_VILLAGE_LIBRARY_SLUG,
    bankName: "Bank Karya Nusantara",
    bankAccountNumber: "0123010001235",
    bankAccountHolder: "Perpustakaan Desa Sembahe",
  },
  {
    librarySlug: "perpustakaan-desa-wiradesa",
    bankName: "Bank Karya Nusantara",
    bankAccountNumber: "0456020004561",
    bankAccountHolder: "Perpustakaan Desa Wiradesa",
  },
  {
    librarySlug: "perpustakaan-desa-sukarara",
    bankName: "Bank Karya Nusantara",
    bankAccountNumber: "0789030007892",
    bankAccountHolder: "Perpustakaan Desa Sukarara",
  },
] as const;

const FEES_IDR = [10_000, 12_000, 15_000, 20_000, 25_000] as const;

/** The demo producer ships (Rp15.000), and so does every fourth approved producer, at a fee of its own. */
export function demoShippingFees(producers: readonly PlannedProducer[]): { slug: string; feeIdr: number }[] {
  return producers.flatMap((producer, index) => {
    if (producer.email === DEMO_ACCOUNTS.producer.email) return [{ slug: producer.slug, feeIdr: 15_000 }];
    if (producer.status !== "APPROVED" || index % 4 !== 1) return [];
    return [{ slug: producer.slug, feeIdr: FEES_IDR[index % FEES_IDR.length]! }];
  });
}

/** Writes both into the seed's transaction: one update per library, one per fee. */
export async function writeDemoPaymentSettings(
  tx: Transaction,
  producers: readonly PlannedProducer[],
  ids: { libraries: ReadonlyMap<string, string>; producers: ReadonlyMap<string, string> },
): Promise<void> {
  for (const { librarySlug, ...account } of DEMO_BANK_ACCOUNTS) {
    const id = ids.libraries.get(librarySlug);
    if (id) await tx.library.update({ where: { id }, data: account });
  }
  const byFee = new Map<number, string[]>();
  for (const { slug, feeIdr } of demoShippingFees(producers)) {
    const id = ids.producers.get(slug);
    if (id) byFee.set(feeIdr, [...(byFee.get(feeIdr) ?? []), id]);
  }
  for (const [feeIdr, producerIds] of byFee) {
    await tx.producerProfile.updateMany({ where: { id: { in: producerIds } }, data: { shippingFeeIdr: feeIdr } });
  }
}
