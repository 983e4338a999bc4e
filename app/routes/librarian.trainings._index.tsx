import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import { listTrainings } from "~/libraries/trainings.server";
import { workspaceHref } from "~/libraries/workspace-href";
import { LibrarySwitcher } from "~/libraries/workspace-ui";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { pageMeta } from "~/ui/meta";
import { TrainingLine } from "~/ui/training-line";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("librarian.trainings.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library, libraries } = await requireLibrarian(request);
  return { library, libraries, trainings: await listTrainings(library.id) };
}

export default function Trainings() {
  const { library, libraries, trainings } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const href = (path: string) => workspaceHref(path, library.slug);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("librarian.trainings.title")}</h1>
      <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian/trainings" />
      <p>{t("librarian.trainings.intro")}</p>
      <p className="flex flex-wrap gap-3">
        <Link to={href("/librarian/trainings/new")} className={buttonClass}>
          {t("librarian.trainings.new")}
        </Link>
        <Link to={href("/librarian/trainings/import")} className={secondaryButtonClass}>
          {t("librarian.trainings.import")}
        </Link>
      </p>
      {trainings.length ? (
        <ul className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white">
          {trainings.map((training) => (
            <li key={training.id} className="p-3">
              <Link to={href(`/librarian/trainings/${training.id}`)} className="font-medium underline">
                {training.title}
              </Link>
              <p className="text-sm text-stone-700">
                <TrainingLine training={training} timeZone={library.timeZone} /> ·{" "}
                {t("librarian.trainings.attendees", { count: training._count.attendance })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">{t("librarian.trainings.empty")}</p>
      )}
    </div>
  );
}
