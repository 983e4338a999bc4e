// `queryRows`, the driver's path for the public pages' one-statement reads
// (issue 13), against `$queryRaw` on the same statements: the same rows, JSON
// parsed the same way, values bound the same way, on both engines.
import { afterEach, expect, test } from "vitest";
import { Prisma } from "~/generated/prisma/client";
import { prisma, queryRows } from "./db.server";

const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

test("gives the rows $queryRaw gives, JSON columns parsed, a text array bound", async () => {
  const statement = Prisma.sql`
    SELECT n AS "position", json_build_object('word', w, 'letters', length(w), 'tags', ARRAY[w, upper(w)]) AS "card"
      FROM unnest(${["kopi", "dodol", "batik"]}::text[]) WITH ORDINALITY AS t(w, n)
     ORDER BY n`;
  const direct = await queryRows<{ position: bigint | number | string; card: unknown }>(statement);
  const throughPrisma = await prisma.$queryRaw<Array<{ position: unknown; card: unknown }>>(statement);
  expect(direct.map((row) => row.card)).toEqual(throughPrisma.map((row) => row.card));
  expect(direct[1]!.card).toEqual({ word: "dodol", letters: 5, tags: ["dodol", "DODOL"] });
});

test("binds a Date as its UTC instant, as Prisma does, whatever the server's time zone", async () => {
  // WIB: node-postgres alone would send 17:20 local time, which a `timestamp` column (UTC) misreads.
  process.env.TZ = "Asia/Jakarta";
  const moment = new Date(Date.UTC(2026, 2, 1, 10, 20, 30));
  const statement = Prisma.sql`SELECT to_char(${moment}::timestamp, 'YYYY-MM-DD HH24:MI:SS') AS "utc"`;
  const [direct] = await queryRows<{ utc: string }>(statement);
  const [throughPrisma] = await prisma.$queryRaw<Array<{ utc: string }>>(statement);
  expect(direct!.utc).toBe("2026-03-01 10:20:30");
  expect(throughPrisma!.utc).toBe(direct!.utc);
});

test("a failing statement rejects with the database's message", async () => {
  await expect(queryRows(Prisma.sql`SELECT * FROM "NoSuchTable"`)).rejects.toThrow(/NoSuchTable/);
});
