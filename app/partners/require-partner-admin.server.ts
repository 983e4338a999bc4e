// The guard of the /admin/partners pages: a signed-in admin, with what they may manage.
import { requireRole } from "~/accounts/permissions.server";
import { partnerAdminScope } from "./partner-admin.server";

export async function requirePartnerAdmin(request: Request) {
  const user = await requireRole(request, "admin");
  const scope = partnerAdminScope(user);
  if (!scope) throw new Response("forbidden", { status: 403, statusText: "Forbidden" });
  return { user, scope };
}
