// The signed-in producer and their profile, for producer workspace routes.
import { requireRole } from "~/accounts/permissions.server";

export async function requireProducer(request: Request) {
  const user = await requireRole(request, "producer");
  const producer = user.producerProfile;
  if (!producer) throw new Response("forbidden", { status: 403, statusText: "Forbidden" });
  return { user, producer };
}
