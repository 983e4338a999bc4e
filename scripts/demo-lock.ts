// `npm run demo:lock`: gives every demo account that still has the published
// demo password a random password nobody knows, and ends their sessions.
// Their data (orders, listings) stays. What a production database seeded with
// the demo needs before `npm start` agrees to serve it.
import { database } from "~/platform/db.server";
import { lockDemoAccounts } from "./seed/demo-guard";

const db = database();
try {
  const locked = await lockDemoAccounts(db.prisma);
  console.log(
    locked.length
      ? `Locked ${locked.length} demo account(s): ${locked.join(", ")}.`
      : "No account has the demo password: nothing to lock.",
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db.close();
}
