import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { librarySummary } from "~/libraries/librarian-home.server";
import { requireLibrarian } from "~/accounts/scope.server";
import { workspaceHref } from "~/libraries/workspace-href";
import { LibrarySwitcher } from "~/libraries/workspace-ui";
import { pageMeta } from "~/ui/meta";
import { TrainingLine } from "~/ui/training-line";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("workspace.librarian") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, library, libraries } = await requireLibrarian(request);
  return { name: user.name, library, libraries, summary: await librarySummary(library.id) };
}

export default function LibrarianHome() {
  const { name, library, libraries, summary } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const href = (path: string) => workspaceHref(path, library.slug);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("workspace.librarian")}</h1>
      <p>{t("workspace.welcome", { name })}</p>
      <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian" />
      <p>{t("librarian.home.actingFor", { library: library.name })}</p>
      <ul className="grid gap-2 sm:grid-cols-2">
        <li className="rounded-md border border-stone-300 bg-white p-3">
          {t("librarian.home.pendingProducers", { count: summary.pendingProducers })}
        </li>
        <li className="rounded-md border border-stone-300 bg-white p-3">
          {t("librarian.home.producers", { count: summary.producers })}
        </li>
        <li className="rounded-md border border-stone-300 bg-white p-3">
          <Link to={href("/librarian/trainings")} className="underline">
            {t("librarian.home.trainings", { count: summary.trainings })}
          </Link>
        </li>
        <li className="rounded-md border border-stone-300 bg-white p-3">
          <Link to={href("/librarian/storefront")} className="underline">
            {t("librarian.home.featured", { count: summary.featured })}
          </Link>
          {summary.hidden ? (
            <span className="block text-sm text-stone-700">
              {t("librarian.home.hidden", { count: summary.hidden })}
            </span>
          ) : null}
        </li>
      </ul>
      {summary.latestTrainings.length ? (
        <section aria-labelledby="latest-trainings">
          <h2 id="latest-trainings" className="text-lg font-semibold">
            {t("librarian.home.latestTrainings")}
          </h2>
          <ul className="mt-2 space-y-1">
            {summary.latestTrainings.map((training) => (
              <li key={training.id}>
                <Link to={href(`/librarian/trainings/${training.id}`)} className="underline">
                  {training.title}
                </Link>{" "}
                <span className="text-sm text-stone-700">
                  — <TrainingLine training={training} timeZone={library.timeZone} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link to={`/libraries/${library.slug}`} className="underline">
          {t("librarian.home.viewStorefront")}
        </Link>
      </p>
    </div>
  );
}
