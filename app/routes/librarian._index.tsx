import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/permissions.server";
import { librarianLibraries } from "~/accounts/workspace.server";
import { pageMeta } from "~/ui/meta";
import { WorkspacePage } from "~/ui/workspace-page";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("workspace.librarian") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "librarian");
  return { name: user.name, libraries: await librarianLibraries(user) };
}

export default function LibrarianWorkspace() {
  const { name, libraries } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <WorkspacePage title={t("workspace.librarian")} name={name}>
      {libraries.map((library) => (
        <p key={library.slug}>
          {t("workspace.librarianIntro", { library: library.name })}{" "}
          <Link to={`/libraries/${library.slug}`} className="underline">
            /libraries/{library.slug}
          </Link>
        </p>
      ))}
    </WorkspacePage>
  );
}
