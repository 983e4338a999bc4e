import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireAdmin } from "~/accounts/scope.server";
import { adminScopeNames } from "~/accounts/workspace.server";
import { pageMeta } from "~/ui/meta";
import { WorkspacePage } from "~/ui/workspace-page";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("workspace.admin") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, scope } = await requireAdmin(request);
  return { name: user.name, scopes: await adminScopeNames(scope) };
}

export default function AdminWorkspace() {
  const { name, scopes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <WorkspacePage title={t("workspace.admin")} name={name}>
      {scopes.national ? <p>{t("workspace.adminIntroNational")}</p> : null}
      {scopes.provinces.map((province) => (
        <p key={province}>{t("workspace.adminIntroProvince", { province })}</p>
      ))}
      <p>
        <Link to="/admin/audit" className="underline">
          {t("audit.title")}
        </Link>
        {" — "}
        {t("audit.intro")}
      </p>
    </WorkspacePage>
  );
}
