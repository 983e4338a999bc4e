// CSV exports of /admin/impact (resource route: no page): the level's figures,
// or with `kind=iris` the IRIS+ metrics of the scope (same level parameters).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { adminCovers, requireAdmin } from "~/accounts/scope.server";
import { irisCsv, levelCsv } from "~/impact/export.server";
import { monthRangeFrom } from "~/impact/months";
import { adminImpactReport, AdminLevelSchema } from "~/impact/report.server";
import { forbidden } from "~/platform/http-errors";

export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAdmin(request);
  const params = new URL(request.url).searchParams;
  const level = AdminLevelSchema.parse(Object.fromEntries(params));
  if (level.province && !adminCovers(scope, level.province)) throw forbidden();
  // A file people keep and compare is computed from the records now, never a report kept in memory
  // (which may be up to IMPACT_STALE_SECONDS old after a change).
  const report = await adminImpactReport(scope, level, monthRangeFrom(params), new Date());
  const iris = params.get("kind") === "iris";
  const scopeName =
    [level.province, level.regency, level.library].filter(Boolean).join("/") ||
    (scope.national ? "national" : scope.provinceCodes.join("+"));
  const csv = iris ? irisCsv(report, scopeName) : levelCsv(report);
  const name = `lapak-pustaka-impact-${iris ? "iris-" : ""}${report.range.from}-${report.range.to}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
