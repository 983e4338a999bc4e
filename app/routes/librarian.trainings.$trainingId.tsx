import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarianOf } from "~/accounts/scope.server";
import { AttendanceFormSchema, getTraining, libraryProducers, setAttendance } from "~/libraries/trainings.server";
import { workspaceHref } from "~/libraries/workspace-href";
import { Notice } from "~/ui/notice";
import { buttonClass } from "~/ui/button";
import { parseFormData, readForm } from "~/platform/form.server";
import { badRequest, httpErrorFor, notFound } from "~/platform/http-errors";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { TrainingLine } from "~/ui/training-line";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data?.training.title ?? t("librarian.trainings.title") }));

/** The session, after checking the person acts for the session's own library. */
async function requireTraining(request: Request, trainingId: string | undefined) {
  const training = await getTraining(trainingId ?? "");
  if (!training) throw notFound();
  const { user, library } = await requireLibrarianOf(request, training.libraryId);
  return { user, library, training };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { library, training } = await requireTraining(request, params.trainingId);
  const producers = await libraryProducers(library.id);
  return { library, training, producers };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, library, training } = await requireTraining(request, params.trainingId);
  const form = parseFormData(await readForm(request), AttendanceFormSchema, (formData) => ({
    producerId: formData.getAll("producerId"),
  }));
  if (!form.ok) throw badRequest();
  // A producer of another library refuses the whole list (NotAllowedError → 403).
  const result = await setAttendance(user.id, training.id, form.data.producerId).catch((error: unknown) => {
    throw httpErrorFor(error);
  });
  const notice = new URLSearchParams({ notice: "saved", added: String(result.added), removed: String(result.removed) });
  return redirect(workspaceHref(`/librarian/trainings/${training.id}?${notice}`, library.slug));
}

export default function TrainingAttendance() {
  const { library, training, producers } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const attended = new Set(training.attendance.map((a) => a.producerId));
  const notice = searchParams.get("notice");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{training.title}</h1>
      <p className="text-stone-700">
        <TrainingLine training={training} timeZone={library.timeZone} />
        {training.facilitator ? ` · ${t("librarian.trainings.facilitatorBy", { name: training.facilitator })}` : ""}
      </p>
      {notice === "created" ? <Notice>{t("librarian.trainings.created")}</Notice> : null}
      {notice === "saved" ? (
        <Notice>
          {t("librarian.attendance.saved", {
            added: Number(searchParams.get("added") ?? 0),
            removed: Number(searchParams.get("removed") ?? 0),
          })}
        </Notice>
      ) : null}
      <h2 className="text-lg font-semibold">{t("librarian.attendance.title")}</h2>
      {producers.length ? (
        <Form method="post" className="space-y-4">
          <CsrfInput />
          <fieldset>
            <legend className="mb-2">{t("librarian.attendance.intro")}</legend>
            <ul className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white">
              {producers.map((producer) => (
                <li key={producer.id} className="flex items-start gap-3 p-3">
                  <input
                    id={`producer-${producer.id}`}
                    type="checkbox"
                    name="producerId"
                    value={producer.id}
                    defaultChecked={attended.has(producer.id)}
                    aria-describedby={`producer-${producer.id}-who`}
                    className="mt-1 h-5 w-5"
                  />
                  <div>
                    <label htmlFor={`producer-${producer.id}`} className="font-medium">
                      {producer.businessName}
                    </label>
                    <p id={`producer-${producer.id}-who`} className="text-sm text-stone-700">
                      {producer.user.name}
                      {producer.status === "PENDING" ? ` · ${t("librarian.attendance.pending")}` : ""}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" disabled={navigation.state === "submitting"} className={buttonClass}>
            {t("librarian.attendance.save")}
          </button>
        </Form>
      ) : (
        <p>{t("librarian.attendance.noProducers")}</p>
      )}
      <Link to={workspaceHref("/librarian/trainings", library.slug)} className="underline">
        {t("librarian.trainings.back")}
      </Link>
    </div>
  );
}
