import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireAdmin } from "~/accounts/scope.server";
import { choiceFromSearch, choiceOfArea } from "~/partners/area-levels";
import { areaPicker } from "~/partners/area-picker.server";
import {
  addPartnerMember,
  managedPartner,
  MemberEmailSchema,
  PartnerAdminError,
  PartnerDetailsSchema,
  removePartnerMember,
  updatePartner,
} from "~/partners/partner-admin.server";
import { PartnerEditor } from "~/partners/partner-forms";
import { PartnerMembers } from "~/partners/partner-members";
import { type FieldErrors, formValues, parseFormData, readForm } from "~/platform/form.server";
import { badRequest, notFound } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction<typeof loader> = ({ matches, data: page }) =>
  pageMeta(matches, (t) => ({
    title: page?.partner ? `${page.partner.name} · ${t("partnersAdmin.editTitle")}` : undefined,
  }));

const NOTICES = ["created", "saved", "unchanged", "memberAdded", "memberAlready", "memberRemoved"] as const;

// One partner: its details and working area, and its members (added by e-mail, removed one by one).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, scope } = await requireAdmin(request);
  const partner = await managedPartner(user, params.id ?? "");
  if (!partner) throw notFound();
  const search = new URL(request.url).searchParams;
  const picker = await areaPicker(scope, choiceFromSearch(search) ?? choiceOfArea(partner.areaCode));
  const notice = NOTICES.find((known) => known === search.get("notice")) ?? null;
  return { partner, picker, national: scope.national, notice };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireAdmin(request);
  const formData = await readForm(request);
  const partnerId = params.id ?? "";
  const intent = formData.get("intent");
  const refused = (errors: FieldErrors) => data({ intent, errors, values: formValues(formData) }, 400);
  const done = (notice: (typeof NOTICES)[number]) => redirect(`/admin/partners/${partnerId}?notice=${notice}`);
  try {
    if (intent === "save") {
      const form = parseFormData(formData, PartnerDetailsSchema);
      if (!form.ok) return refused(form.errors);
      const { changed } = await updatePartner(user, partnerId, form.data);
      return done(changed ? "saved" : "unchanged");
    }
    if (intent === "addMember") {
      const form = parseFormData(formData, MemberEmailSchema);
      if (!form.ok) return refused(form.errors);
      const { added } = await addPartnerMember(user, partnerId, form.data.email);
      return done(added ? "memberAdded" : "memberAlready");
    }
    if (intent === "removeMember") {
      await removePartnerMember(user, partnerId, String(formData.get("membershipId") ?? ""));
      return done("memberRemoved");
    }
  } catch (error) {
    if (!(error instanceof PartnerAdminError)) throw error;
    if (error.field === "partner") throw notFound();
    return refused({ [error.field]: error.messageKey });
  }
  throw badRequest();
}

export default function EditPartner() {
  const { partner, picker, national, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const saveFailed = actionData?.intent === "save";
  const memberFailed = actionData?.intent === "addMember";
  return (
    <PartnerEditor
      title={partner.name}
      intro={
        <>
          {/* The last success's notice would contradict a refusal shown below it. */}
          {notice && !actionData ? <Notice>{t(`partnersAdmin.notices.${notice}`)}</Notice> : null}
          <p className="text-stone-700">
            {t(`partnersAdmin.kinds.${partner.kind}`)} ·{" "}
            {partner.areaName ? t("partnersAdmin.area.current", { area: partner.areaName }) : t("partnersAdmin.noArea")}
          </p>
        </>
      }
      picker={picker}
      national={national}
      values={saveFailed ? actionData.values : partner}
      errors={saveFailed ? actionData.errors : {}}
      submitLabel={t("partnersAdmin.details.save")}
    >
      <PartnerMembers
        members={partner.memberships}
        email={memberFailed ? (actionData.values.email ?? "") : ""}
        emailError={memberFailed ? actionData.errors.email : undefined}
      />
    </PartnerEditor>
  );
}
