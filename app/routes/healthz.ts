import { checkDatabase } from "~/platform/health.server";

export async function loader() {
  const database = await checkDatabase();
  // A plain Response: this is an API for load balancers, not a page.
  return Response.json(
    { status: database.reachable ? "ok" : "degraded", database },
    { status: database.reachable ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
