import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireAdmin } from "~/accounts/scope.server";
import { choiceFromSearch } from "~/partners/area-levels";
import { areaPicker } from "~/partners/area-picker.server";
import { createPartner, PartnerAdminError, PartnerDetailsSchema } from "~/partners/partner-admin.server";
import { PartnerEditor } from "~/partners/partner-forms";
import { formValues, parseForm } from "~/platform/form.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("partnersAdmin.newTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAdmin(request);
  const choice = choiceFromSearch(new URL(request.url).searchParams) ?? {};
  return { national: scope.national, picker: await areaPicker(scope, choice) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireAdmin(request);
  const form = await parseForm(request, PartnerDetailsSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, 400);
  try {
    const partner = await createPartner(user, form.data);
    return redirect(`/admin/partners/${partner.id}?notice=created`);
  } catch (error) {
    if (!(error instanceof PartnerAdminError)) throw error;
    return data({ errors: { [error.field]: error.messageKey }, values: formValues(form.formData) }, 400);
  }
}

export default function NewPartner() {
  const { national, picker } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <PartnerEditor
      title={t("partnersAdmin.newTitle")}
      picker={picker}
      national={national}
      values={actionData?.values ?? { kind: "COOPERATIVE" }}
      errors={actionData?.errors ?? {}}
      submitLabel={t("partnersAdmin.details.create")}
    />
  );
}
