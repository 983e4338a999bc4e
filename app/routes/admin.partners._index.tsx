import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireAdmin } from "~/accounts/scope.server";
import { adminScopeNames } from "~/accounts/workspace.server";
import { buttonClass } from "~/ui/button";
import { PARTNER_LIST_LIMIT, listManagedPartners } from "~/partners/partner-admin.server";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { queryText } from "~/platform/form.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("partnersAdmin.title") }));

// The partners an admin manages (a province admin: those working in their province), found by name.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, scope } = await requireAdmin(request);
  const q = queryText(new URL(request.url), "q", 100);
  const [partners, scopes] = await Promise.all([listManagedPartners(user, { q }), adminScopeNames(scope)]);
  return { q, partners, scopes, limit: PARTNER_LIST_LIMIT, limited: partners.length >= PARTNER_LIST_LIMIT };
}

export default function AdminPartners() {
  const { q, partners, scopes, limit, limited } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("partnersAdmin.title")}</h1>
      <p>{t("partnersAdmin.intro")}</p>
      <p className="text-sm text-stone-700">
        {scopes.national
          ? t("partnersAdmin.scopeNational")
          : t("partnersAdmin.scopeProvince", { provinces: scopes.provinces.join(", ") })}
      </p>
      <p>
        <Link to="/admin/partners/new" className={`${buttonClass} inline-block`}>
          {t("partnersAdmin.create")}
        </Link>
      </p>
      <Form
        method="get"
        role="search"
        aria-label={t("partnersAdmin.searchRegion")}
        className="flex flex-wrap items-end gap-2"
      >
        <Field name="q" type="search" label={t("partnersAdmin.search")} defaultValue={q} className="min-w-0 flex-1" />
        <button type="submit" className={buttonClass}>
          {t("partnersAdmin.searchButton")}
        </button>
      </Form>
      {partners.length ? (
        <ul className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white">
          {partners.map((partner) => (
            <li key={partner.id} className="space-y-1 p-3">
              <Link to={`/admin/partners/${partner.id}`} className="font-semibold underline">
                {partner.name}
              </Link>
              <p className="text-sm text-stone-700">
                {t(`partnersAdmin.kinds.${partner.kind}`)} · {partner.areaName ?? t("partnersAdmin.noArea")} ·{" "}
                {t("partnersAdmin.members", { count: partner.memberCount })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">{t("partnersAdmin.empty")}</p>
      )}
      {limited ? <p className="text-sm text-stone-700">{t("partnersAdmin.limited", { count: limit })}</p> : null}
    </div>
  );
}
