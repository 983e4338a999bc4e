import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { choiceFromSearch } from "~/partners/area-levels";
import { areaPicker } from "~/partners/area-picker.server";
import { PartnerAdminError, PartnerDetailsSchema, createPartner, fieldErrors } from "~/partners/partner-admin.server";
import { requireAdmin } from "~/accounts/scope.server";
import { AreaPickerForm, PartnerDetailsForm, type PartnerFormValues } from "~/partners/partner-forms";
import { assertCsrf } from "~/platform/csrf.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("partnersAdmin.newTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAdmin(request);
  const choice = choiceFromSearch(new URL(request.url).searchParams) ?? {};
  return { national: scope.national, picker: await areaPicker(scope, choice) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireAdmin(request);
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const values = Object.fromEntries(formData) as Record<string, string>;
  const parsed = PartnerDetailsSchema.safeParse(values);
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values }, 400);
  try {
    const partner = await createPartner(user, parsed.data);
    return redirect(`/admin/partners/${partner.id}?notice=created`);
  } catch (error) {
    if (error instanceof PartnerAdminError) return data({ errors: { [error.field]: error.messageKey }, values }, 400);
    throw error;
  }
}

export default function NewPartner() {
  const { national, picker } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const values: PartnerFormValues = actionData?.values ?? { kind: "COOPERATIVE" };
  return (
    <div className="max-w-xl space-y-4">
      <p>
        <Link to="/admin/partners" className="underline">
          {t("partnersAdmin.backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("partnersAdmin.newTitle")}</h1>
      <AreaPickerForm picker={picker} national={national} />
      <PartnerDetailsForm
        picker={picker}
        values={values}
        errors={actionData?.errors ?? {}}
        submitLabel={t("partnersAdmin.details.create")}
      />
    </div>
  );
}
