import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice } from "~/ui/notice";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { choiceFromSearch, choiceOfArea } from "~/partners/area-levels";
import { areaPicker } from "~/partners/area-picker.server";
import {
  MemberEmailSchema,
  PartnerAdminError,
  PartnerDetailsSchema,
  addPartnerMember,
  fieldErrors,
  managedPartner,
  removePartnerMember,
  updatePartner,
} from "~/partners/partner-admin.server";
import { AreaPickerForm, PartnerDetailsForm } from "~/partners/partner-forms";
import { requireAdmin } from "~/accounts/scope.server";
import { assertCsrf } from "~/platform/csrf.server";
import { formatDate } from "~/platform/dates";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction<typeof loader> = ({ matches, data: page }) =>
  pageMeta(matches, (t) => ({
    title: page?.partner ? `${page.partner.name} · ${t("partnersAdmin.editTitle")}` : undefined,
  }));

const NOTICES = ["created", "saved", "unchanged", "memberAdded", "memberAlready", "memberRemoved"] as const;

const notFound = () => new Response("not found", { status: 404, statusText: "Not Found" });

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
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const partnerId = params.id ?? "";
  const values = Object.fromEntries(formData) as Record<string, string>;
  const intent = values.intent;
  const done = (notice: (typeof NOTICES)[number]) => redirect(`/admin/partners/${partnerId}?notice=${notice}`);
  try {
    if (intent === "save") {
      const parsed = PartnerDetailsSchema.safeParse(values);
      if (!parsed.success) return data({ intent, errors: fieldErrors(parsed.error), values }, 400);
      const { changed } = await updatePartner(user, partnerId, parsed.data);
      return done(changed ? "saved" : "unchanged");
    }
    if (intent === "addMember") {
      const parsed = MemberEmailSchema.safeParse(values);
      if (!parsed.success) return data({ intent, errors: fieldErrors(parsed.error), values }, 400);
      const { added } = await addPartnerMember(user, partnerId, parsed.data.email);
      return done(added ? "memberAdded" : "memberAlready");
    }
    if (intent === "removeMember") {
      await removePartnerMember(user, partnerId, values.membershipId ?? "");
      return done("memberRemoved");
    }
  } catch (error) {
    if (!(error instanceof PartnerAdminError)) throw error;
    if (error.field === "partner") throw notFound();
    return data({ intent, errors: { [error.field]: error.messageKey }, values }, 400);
  }
  throw new Response("unknown intent", { status: 400, statusText: "Bad Request" });
}

export default function EditPartner() {
  const { partner, picker, national, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const language = useLanguage();
  const saveFailed = actionData?.intent === "save";
  const memberFailed = actionData?.intent === "addMember";
  const memberError = memberFailed ? actionData.errors.email : undefined;
  return (
    <div className="max-w-xl space-y-4">
      <p>
        <Link to="/admin/partners" className="underline">
          {t("partnersAdmin.backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{partner.name}</h1>
      {/* The last success's notice would contradict a refusal shown below it. */}
      {notice && !actionData ? <Notice>{t(`partnersAdmin.notices.${notice}`)}</Notice> : null}
      <p className="text-stone-700">
        {t(`partnersAdmin.kinds.${partner.kind}`)} ·{" "}
        {partner.areaName ? t("partnersAdmin.area.current", { area: partner.areaName }) : t("partnersAdmin.noArea")}
      </p>

      <AreaPickerForm picker={picker} national={national} />
      <PartnerDetailsForm
        picker={picker}
        values={saveFailed ? actionData.values : partner}
        errors={saveFailed ? actionData.errors : {}}
        submitLabel={t("partnersAdmin.details.save")}
      />

      <section aria-labelledby="members-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="members-title" className="text-lg font-semibold">
          {t("partnersAdmin.members.title")}
        </h2>
        <p className="text-sm text-stone-700">{t("partnersAdmin.members.intro")}</p>
        {partner.memberships.length ? (
          <ul className="divide-y divide-stone-200">
            {partner.memberships.map((membership) => (
              <li key={membership.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div className="min-w-0">
                  <p className="font-medium break-words">{membership.user.name}</p>
                  <p className="text-sm break-all text-stone-700">{membership.user.email}</p>
                  <p className="text-sm text-stone-700">
                    {t("partnersAdmin.members.since", { date: formatDate(membership.createdAt, language) })}
                    {membership.grantedBy
                      ? ` · ${t("partnersAdmin.members.grantedBy", { name: membership.grantedBy.name })}`
                      : ""}
                  </p>
                </div>
                <Form method="post">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="removeMember" />
                  <input type="hidden" name="membershipId" value={membership.id} />
                  <button type="submit" className={secondaryButtonClass}>
                    {t("partnersAdmin.members.remove")}
                    <span className="sr-only">
                      {" "}
                      {t("partnersAdmin.members.removeWho", { name: membership.user.name })}
                    </span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("partnersAdmin.members.empty")}</p>
        )}
        <Form method="post" className="space-y-3" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="addMember" />
          <Field
            name="email"
            type="email"
            autoComplete="off"
            label={t("partnersAdmin.members.email")}
            hint={t("partnersAdmin.members.emailHint")}
            required
            defaultValue={memberFailed ? (actionData.values.email ?? "") : ""}
            error={memberError ? t(memberError) : undefined}
          />
          <button type="submit" className={buttonClass}>
            {t("partnersAdmin.members.add")}
          </button>
        </Form>
      </section>
    </div>
  );
}
