// CSV export of what is owed to whom (resource route: no page).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdmin } from "~/accounts/scope.server";
import { owedCsv, owedToProducers } from "~/orders/ledger.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAdmin(request);
  const csv = owedCsv(await owedToProducers(scope));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="lapak-pustaka-owed-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
