import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { TrainingKind, TrainingTopic } from "~/generated/prisma/enums";
import { requireLibrarian } from "~/accounts/scope.server";
import { createTraining, TrainingFormSchema } from "~/libraries/trainings.server";
import { workspaceHref } from "~/libraries/workspace-href";
import { SelectField, Field } from "~/ui/field";
import { buttonClass } from "~/ui/button";
import { parseForm } from "~/platform/form.server";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { useErrorText } from "~/ui/use-error-text";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("librarian.trainings.new") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library } = await requireLibrarian(request);
  return { library: { slug: library.slug, name: library.name } };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, library } = await requireLibrarian(request);
  const form = await parseForm(request, TrainingFormSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, 400);
  const training = await createTraining(user.id, library.id, form.data);
  return redirect(workspaceHref(`/librarian/trainings/${training.id}?notice=created`, library.slug));
}

export default function NewTraining() {
  const { library } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const error = useErrorText(actionData?.errors);
  const values = actionData?.values ?? {};
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("librarian.trainings.new")}</h1>
      <p>{library.name}</p>
      <Form method="post" className="space-y-4" noValidate>
        <CsrfInput />
        <SelectField
          name="kind"
          label={t("librarian.trainings.kind")}
          defaultValue={values.kind ?? ""}
          error={error("kind")}
          required
        >
          <option value="">{t("librarian.trainings.choose")}</option>
          {Object.values(TrainingKind).map((kind) => (
            <option key={kind} value={kind}>
              {t(`training.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="topic"
          label={t("librarian.trainings.topic")}
          defaultValue={values.topic ?? ""}
          error={error("topic")}
          required
        >
          <option value="">{t("librarian.trainings.choose")}</option>
          {Object.values(TrainingTopic).map((topic) => (
            <option key={topic} value={topic}>
              {t(`training.topic.${topic}`)}
            </option>
          ))}
        </SelectField>
        <Field
          name="title"
          label={t("librarian.trainings.name")}
          hint={t("librarian.trainings.nameHint")}
          defaultValue={values.title}
          error={error("title")}
          required
          maxLength={200}
        />
        <Field
          name="heldOn"
          type="date"
          label={t("librarian.trainings.heldOn")}
          defaultValue={values.heldOn}
          error={error("heldOn")}
          required
        />
        <Field
          name="facilitator"
          label={t("librarian.trainings.facilitator")}
          hint={t("librarian.trainings.facilitatorHint")}
          defaultValue={values.facilitator}
          error={error("facilitator")}
          maxLength={200}
        />
        <button type="submit" disabled={navigation.state === "submitting"} className={buttonClass}>
          {t("librarian.trainings.save")}
        </button>
      </Form>
      <Link to={workspaceHref("/librarian/trainings", library.slug)} className="underline">
        {t("librarian.trainings.back")}
      </Link>
    </div>
  );
}
