// Issue 16: the e-mailed verification link. Spends the link and goes to
// /account/security, which says whether it worked.
import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { verifyEmail } from "~/accounts/account-security.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const ok = await verifyEmail(params.token ?? "");
  throw redirect(`/account/security?verified=${ok ? 1 : 0}`, { headers: { "Referrer-Policy": "no-referrer" } });
}
