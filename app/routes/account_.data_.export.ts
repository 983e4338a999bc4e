// Issue 16: /account/data/export: everything held about the signed-in person
// as one JSON file (UU PDP 27/2022: a machine-readable copy).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportPersonalData } from "~/accounts/data-export.server";
import { requireUser } from "~/accounts/scope.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const body = JSON.stringify(await exportPersonalData(user.id), null, 2);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="lapak-pustaka-data-saya-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
