import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { endSession } from "~/accounts/session.server";
import { readForm } from "~/platform/form.server";

// Logging out changes state, so it is a POST with a CSRF token; a GET (a
// link followed by a crawler or prefetch) only goes home.
export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  await readForm(request);
  return endSession(request, "/");
}
