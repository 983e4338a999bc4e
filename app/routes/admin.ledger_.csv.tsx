// CSV export of what is owed to whom (resource route: no page).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/accounts/permissions.server";
import { owedCsv, owedToProducers } from "~/orders/ledger.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin");
  const admin = user.memberships.filter((m) => m.role === "ADMIN");
  const province = admin.some((m) => m.provinceCode === null) ? undefined : (admin[0]?.provinceCode ?? undefined);
  const csv = owedCsv(await owedToProducers(province));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="lapak-pustaka-owed-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
