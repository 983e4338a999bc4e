import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/accounts/permissions.server";
import { pageMeta } from "~/ui/meta";
import { WorkspacePage } from "~/ui/workspace-page";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("workspace.shopper") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { name: user.name, email: user.email };
}

export default function Account() {
  const { name, email } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <WorkspacePage title={t("workspace.shopper")} name={name}>
      <p className="text-stone-700">{email}</p>
    </WorkspacePage>
  );
}
