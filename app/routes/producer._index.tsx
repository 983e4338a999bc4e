import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/permissions.server";
import { producerWorkspace } from "~/accounts/workspace.server";
import { pageMeta } from "~/ui/meta";
import { WorkspacePage } from "~/ui/workspace-page";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("workspace.producer") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "producer");
  return { name: user.name, profile: await producerWorkspace(user) };
}

export default function ProducerWorkspace() {
  const { name, profile } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <WorkspacePage title={t("workspace.producer")} name={name}>
      {profile ? <p className="font-semibold">{profile.businessName}</p> : null}
      {profile?.status === "PENDING" ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-900">
          {t("workspace.producerPending", { library: profile.homeLibrary.name })}
        </p>
      ) : (
        <p>{t("workspace.producerIntro")}</p>
      )}
    </WorkspacePage>
  );
}
