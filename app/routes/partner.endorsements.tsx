import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requirePartnerMember } from "~/accounts/scope.server";
import { EndorseForm, RevokeForm } from "~/partners/endorsements/endorsement-forms";
import {
  EndorsementError,
  EndorsementSchema,
  endorseProducer,
  partnerEndorsements,
  producersInArea,
  RevokeSchema,
  revokeEndorsement,
} from "~/partners/endorsements/endorsements.server";
import { todayIn } from "~/libraries/library-dates";
import { DEFAULT_TIME_ZONE, formatDate } from "~/platform/dates";
import { formValues, parseFormData, readForm } from "~/platform/form.server";
import { badRequest } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("partnerWork.endorse.title") }));

// The partner's endorsements (?partner=<slug> when the person serves several):
// endorse an approved producer of the area, revoke with a reason, print the card.
export async function loader({ request }: LoaderFunctionArgs) {
  const { partner } = await requirePartnerMember(request);
  const [endorsements, producers] = await Promise.all([partnerEndorsements(partner.id), producersInArea(partner)]);
  return {
    partner: { name: partner.name, slug: partner.slug },
    endorsements,
    producers,
    today: todayIn(DEFAULT_TIME_ZONE),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, partner } = await requirePartnerMember(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const back = (notice: string) =>
    redirect(`/partner/endorsements?partner=${encodeURIComponent(partner.slug)}&notice=${notice}`);
  if (intent === "endorse") {
    const form = parseFormData(formData, EndorsementSchema);
    if (!form.ok) return data({ intent, errors: form.errors, values: formValues(formData) }, 400);
    try {
      await endorseProducer(user.id, partner, form.data);
    } catch (error) {
      if (!(error instanceof EndorsementError)) throw error;
      return data({ intent, errors: { [error.field]: error.messageKey }, values: formValues(formData) }, 400);
    }
    return back("endorsed");
  }
  if (intent === "revoke") {
    const form = parseFormData(formData, RevokeSchema);
    if (!form.ok) return data({ intent, errors: form.errors, values: formValues(formData) }, 400);
    await revokeEndorsement(user.id, partner, form.data.endorsementId, form.data.reason);
    return back("revoked");
  }
  throw badRequest();
}

export default function PartnerEndorsements() {
  const { partner, endorsements, producers, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const notice = params.get("notice");
  const endorseFailed = actionData?.intent === "endorse";
  const revokeFailedFor = actionData?.intent === "revoke" ? actionData.values.endorsementId : undefined;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("partnerWork.endorse.title")}</h1>
      <p className="text-stone-700">{partner.name}</p>
      <p>{t("partnerWork.endorse.intro")}</p>
      {notice === "endorsed" || notice === "revoked" ? (
        <Notice>{t(`partnerWork.endorse.notices.${notice}`)}</Notice>
      ) : null}
      <section aria-labelledby="endorsements-list" className="space-y-3">
        <h2 id="endorsements-list" className="text-lg font-semibold">
          {t("partnerWork.endorse.listTitle")}
        </h2>
        {endorsements.length === 0 ? <p>{t("partnerWork.endorse.none")}</p> : null}
        <ul className="space-y-3">
          {endorsements.map((endorsement) => (
            <li key={endorsement.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="font-semibold">
                {endorsement.producer.businessName} · {t(`sponsorPublic.kinds.${endorsement.kind}`)}
              </p>
              <p className="text-sm">{endorsement.statement}</p>
              <p className="text-sm text-stone-700">
                {t(`sponsorPublic.states.${endorsement.state}`)} ·{" "}
                {t("sponsorPublic.verifySince", { from: formatDate(endorsement.startsOn, language) })}
                {endorsement.revokedReason ? ` · ${endorsement.revokedReason}` : ""}
              </p>
              <p className="text-sm">
                <Link to={`/endorsements/${endorsement.code}`} className="underline">
                  {t("sponsorPublic.verifyLink")}
                </Link>{" "}
                ·{" "}
                <Link to={`/endorsements/${endorsement.code}/card`} className="underline">
                  {t("sponsorPublic.printCard")}
                </Link>
              </p>
              {endorsement.state !== "revoked" ? (
                <RevokeForm
                  endorsementId={endorsement.id}
                  producer={endorsement.producer.businessName}
                  error={revokeFailedFor === endorsement.id ? actionData?.errors.reason : undefined}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <EndorseForm
        producers={producers}
        values={endorseFailed ? actionData.values : {}}
        errors={endorseFailed ? actionData.errors : {}}
        today={today}
      />
    </div>
  );
}
