import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { z } from "zod";
import { requireAdmin } from "~/accounts/scope.server";
import { choiceFromSearch, choiceOfArea } from "~/partners/area-levels";
import { areaPicker } from "~/partners/area-picker.server";
import { createInvitation, openInvitations, revokeInvitation } from "~/partners/invitations.server";
import {
  managedPartner,
  PartnerAdminError,
  PartnerDetailsSchema,
  removePartnerMember,
  updatePartner,
  verifyPartner,
} from "~/partners/partner-admin.server";
import { PartnerEditor } from "~/partners/partner-forms";
import { PartnerMembers } from "~/partners/partner-members";
import { type FieldErrors, formValues, parseFormData, readForm } from "~/platform/form.server";
import { badRequest, notFound } from "~/platform/http-errors";
import { absoluteUrl } from "~/platform/site-origin.server";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction<typeof loader> = ({ matches, data: page }) =>
  pageMeta(matches, (t) => ({
    title: page?.partner ? `${page.partner.name} · ${t("partnersAdmin.editTitle")}` : undefined,
  }));

const NOTICES = ["created", "saved", "unchanged", "memberRemoved", "verified", "invitationRevoked"] as const;

// One partner: its details and working area, its verification (issue 11), and its members
// (joining by a one-time invitation link, removed one by one).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, scope } = await requireAdmin(request);
  const partner = await managedPartner(user, params.id ?? "");
  if (!partner) throw notFound();
  const search = new URL(request.url).searchParams;
  const picker = await areaPicker(scope, choiceFromSearch(search) ?? choiceOfArea(partner.areaCode));
  const notice = NOTICES.find((known) => known === search.get("notice")) ?? null;
  return { partner, picker, national: scope.national, notice, invitations: await openInvitations(partner.id) };
}

// Longer notes are cut to 200 characters by createInvitation; control characters are refused here.
const InvitationNoteSchema = z.object({ note: z.string().default("") });

/** The id a row's button posts; anything else (empty, huge, a control character) is a 400, never a query. */
function chosenRow(formData: FormData, field: string): string {
  const form = parseFormData(formData, z.object({ [field]: z.string().min(1).max(64) }));
  if (!form.ok) throw badRequest();
  return String(form.data[field]);
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
    if (intent === "verify") {
      const { verified } = await verifyPartner(user, partnerId);
      return done(verified ? "verified" : "unchanged");
    }
    if (intent === "invite") {
      if (!(await managedPartner(user, partnerId))) throw notFound();
      const form = parseFormData(formData, InvitationNoteSchema);
      if (!form.ok) return refused(form.errors);
      const { token } = await createInvitation(user, partnerId, form.data.note);
      // The link is shown once, in this answer; only its hash is stored.
      return data({ intent, link: absoluteUrl(request, `/invitations/${token}`), errors: {}, values: {} });
    }
    if (intent === "revokeInvitation") {
      await revokeInvitation(user, partnerId, chosenRow(formData, "invitationId"));
      return done("invitationRevoked");
    }
    if (intent === "removeMember") {
      await removePartnerMember(user, partnerId, chosenRow(formData, "membershipId"));
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
  const { partner, picker, national, notice, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const saveFailed = actionData?.intent === "save";
  const link = actionData && "link" in actionData ? actionData.link : null;
  return (
    <PartnerEditor
      title={partner.name}
      intro={
        <>
          {/* The last success's notice would contradict a refusal shown below it. */}
          {notice && !actionData ? (
            <Notice>
              {notice === "verified" || notice === "invitationRevoked"
                ? t(`partnerWork.verify.notices.${notice}`)
                : t(`partnersAdmin.notices.${notice}`)}
            </Notice>
          ) : null}
          <VerificationLine verifiedAt={partner.verifiedAt} />
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
      <PartnerMembers members={partner.memberships} invitations={invitations} link={link} />
    </PartnerEditor>
  );
}

function VerificationLine({ verifiedAt }: { verifiedAt: string | Date | null }) {
  const { t } = useTranslation();
  if (verifiedAt) return <p className="font-medium text-green-900">{t("partnerWork.verify.verified")}</p>;
  return (
    <Form method="post" className="space-y-2 rounded-md bg-amber-50 p-3 text-amber-950">
      <CsrfInput />
      <p>{t("partnerWork.verify.notVerified")}</p>
      <button type="submit" name="intent" value="verify" className={buttonClass}>
        {t("partnerWork.verify.verify")}
      </button>
    </Form>
  );
}
