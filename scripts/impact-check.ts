// `npm run impact:check`: recomputes every impact rollup from the ledger with
// the documented SQL (app/impact/recompute.server.ts) and compares it with the
// kept one. Prints the differences and exits 1 when there are any.
import { checkImpactRollups, checkPassed } from "~/impact/recompute.server";
import { database } from "~/platform/db.server";

const db = database();
try {
  const check = await checkImpactRollups(db.prisma);
  if (checkPassed(check)) console.log(`Impact rollups match the ledger (${check.rowsChecked} monthly rows checked).`);
  else {
    console.error(JSON.stringify(check, null, 2));
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db.close();
}
