// The plans PostgreSQL picks for a catalogue search's statements (the page,
// the facets, the typo lookup): `npm run bench:catalogue` prints them at
// national scale, and search-plans.test.ts checks on a small catalogue that
// each can be served by its index. Not app code: no page asks for a plan.
import { Prisma } from "~/generated/prisma/client";
import type { ProductListQuery } from "~/catalog/list-query";
import { facetSql } from "~/catalog/search/facets.server";
import { pageSql } from "~/catalog/search/page-query.server";
import { isRanked } from "~/catalog/search/search-sql.server";
import { CORRECTION_THRESHOLD, textMatch } from "~/catalog/search/text-match.server";
import { CORRECTIONS_PER_WORD, searchWords } from "~/catalog/search/words";
import { prisma } from "~/platform/db.server";

export async function explainSearch(
  query: ProductListQuery,
  { analyze = false, withoutSeqScan = false }: { analyze?: boolean; withoutSeqScan?: boolean } = {},
): Promise<{ page: string; facets: string; words: string }> {
  const match = await textMatch(query.q);
  const words = searchWords(query.q);
  const explain = async (statement: Prisma.Sql) => {
    // On a tiny test catalogue a sequential scan is cheapest: turning it off shows which indexes can serve the query.
    const [, , rows] = await prisma.$transaction([
      prisma.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(CORRECTION_THRESHOLD)}, true)`,
      prisma.$queryRaw`SELECT set_config('enable_seqscan', ${withoutSeqScan ? "off" : "on"}, true)`,
      prisma.$queryRaw<Array<{ "QUERY PLAN": string }>>`EXPLAIN ${
        analyze ? Prisma.raw("(ANALYZE, BUFFERS)") : Prisma.empty
      } ${statement}`,
    ]);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  };
  return {
    page: await explain(pageSql(query, match)),
    facets: await explain(facetSql(query, match, { ranked: isRanked(query, match) })),
    words: await explain(
      Prisma.sql`SELECT x."word" FROM "SearchLexicon" x WHERE x."word" % ${words[0] ?? ""}
                  ORDER BY similarity(x."word", ${words[0] ?? ""}) DESC LIMIT ${CORRECTIONS_PER_WORD}`,
    ),
  };
}
