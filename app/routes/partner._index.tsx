import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requirePartnerMember } from "~/accounts/scope.server";
import { pageMeta } from "~/ui/meta";
import { WorkspacePage } from "~/ui/workspace-page";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("workspace.partner") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, partners } = await requirePartnerMember(request);
  return { name: user.name, partners: partners.map(({ name, slug }) => ({ name, slug })) };
}

export default function PartnerWorkspace() {
  const { name, partners } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <WorkspacePage title={t("workspace.partner")} name={name}>
      {partners.map((partner) => (
        <p key={partner.slug}>{t("workspace.partnerIntro", { partner: partner.name })}</p>
      ))}
    </WorkspacePage>
  );
}
