import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import {
  importAttendance,
  importTextOf,
  MAX_IMPORT_BYTES,
  type ImportResult,
} from "~/libraries/attendance-import.server";
import { requireLibrarian } from "~/accounts/scope.server";
import { workspaceHref } from "~/libraries/workspace-href";
import { Alert, Notice } from "~/ui/notice";
import { buttonClass } from "~/ui/button";
import { Field, TextAreaField } from "~/ui/field";
import { type FieldErrors, readForm } from "~/platform/form.server";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { useErrorText } from "~/ui/use-error-text";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("librarian.import.title") }));

const EXAMPLE = `tanggal,jenis,topik,judul,fasilitator,produsen
14/03/2025,Bimtek,Pengemasan,Bimtek Pengemasan dan Label Produk,Dinas Koperasi,kripik-sembiring
14/03/2025,Bimtek,Pengemasan,Bimtek Pengemasan dan Label Produk,Dinas Koperasi,0812-6000-1002`;

export async function loader({ request }: LoaderFunctionArgs) {
  const { library } = await requireLibrarian(request);
  return { library: { slug: library.slug, name: library.name } };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, library } = await requireLibrarian(request);
  const answer = (result: ImportResult | null, status: number, errors: FieldErrors = {}) =>
    data({ result, errors }, status);
  // A CSV of 2,000 rows is far below the limit; anything larger is refused before it is read.
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_IMPORT_BYTES * 2) {
    return answer({ ok: false, errors: [{ row: 0, reason: "tooLarge" }] }, 413);
  }
  const text = await importTextOf(await readForm(request));
  if (!text) return answer(null, 400, { csv: "librarian.errors.fileRequired" });
  const result = await importAttendance(user.id, library.id, text);
  return answer(result, result.ok ? 200 : 422);
}

export default function ImportAttendance() {
  const { library } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const result = actionData?.result;
  const error = useErrorText(actionData?.errors);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("librarian.import.title")}</h1>
      <p>{t("librarian.import.intro")}</p>
      <details className="rounded-md border border-stone-300 bg-white p-3">
        <summary className="cursor-pointer font-medium">{t("librarian.import.example")}</summary>
        <pre className="mt-2 overflow-x-auto text-sm">{EXAMPLE}</pre>
      </details>
      {result?.ok ? (
        <Notice>
          {t("librarian.import.done", {
            rows: result.rows,
            sessions: result.sessionsCreated,
            added: result.attendanceAdded,
            already: result.alreadyRecorded,
          })}
        </Notice>
      ) : null}
      {result && !result.ok ? (
        <Alert>
          <p>{t("librarian.import.nothingImported")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 font-normal">
            {result.errors.map((error, index) => (
              <li key={index}>
                <span className="font-medium">
                  {error.row > 0 ? t("librarian.import.rowLabel", { row: error.row }) : t("librarian.import.fileLabel")}
                </span>
                : {t(`librarian.import.reason.${error.reason}`, { value: error.value ?? "" })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="space-y-4">
        <CsrfInput />
        <Field
          name="file"
          type="file"
          accept=".csv,text/csv"
          label={t("librarian.import.file")}
          hint={t("librarian.import.fileHint")}
        />
        <TextAreaField name="csv" label={t("librarian.import.paste")} rows={6} error={error("csv")} />
        <button type="submit" disabled={navigation.state === "submitting"} className={buttonClass}>
          {t("librarian.import.submit")}
        </button>
      </Form>
      <Link to={workspaceHref("/librarian/trainings", library.slug)} className="underline">
        {t("librarian.trainings.back")}
      </Link>
    </div>
  );
}
