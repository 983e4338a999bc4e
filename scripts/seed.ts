// `npm run db:seed`: fills an empty, migrated database with the demo
// (all areas of Indonesia, libraries, producers, products and their images).
// Does nothing when the database already has users.
import { database } from "~/platform/db.server";
import { imageStore } from "~/platform/images/storage.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "./seed/demo";

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;

const db = database();
try {
  const report = await seedDemoData(db.prisma, { imageStore: imageStore() });
  if (!report.seeded) {
    console.log("The database already has users: nothing seeded.");
  } else {
    const { counts, milliseconds } = report;
    console.log(
      `Seeded (${db.engine}) in ${seconds(milliseconds.total)}: areas ${seconds(milliseconds.areas)}, images ${seconds(milliseconds.images)}, data ${seconds(milliseconds.data)}.`,
    );
    console.log(
      `  ${counts.areas} areas, ${counts.libraries} libraries, ${counts.producers} producers, ${counts.products} products, ${counts.images} images, ${counts.users} users.`,
    );
    console.log(
      `  Demo log-ins (password "${DEMO_PASSWORD}"): ${Object.values(DEMO_ACCOUNTS)
        .map((account) => account.email)
        .join(", ")}`,
    );
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db.close();
}
