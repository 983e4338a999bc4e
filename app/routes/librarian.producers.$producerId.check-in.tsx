// A librarian records a producer's 6-monthly impact check-in for them, with
// their consent, as for assisted listings: the producer's own questions and
// 6-month rule, plus who agreed, how and when (audited).
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { CheckInForm } from "~/impact/check-in-form";
import { checkInStatus } from "~/impact/check-ins.server";
import {
  readAssistedCheckInForm,
  recordAssistedCheckIn,
  requireAssistedProducer,
} from "~/libraries/assisted-impact.server";
import { assistedFormDefaults } from "~/libraries/assisted-listings.server";
import { ConsentFields, splitConsentErrors } from "~/libraries/consent-fields";
import { formatDate } from "~/platform/dates";
import { INCOME_RANGES } from "~/producers/producer-input";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: t("impactWork.checkIn.title", { producer: data?.producer.businessName ?? "" }) }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { producer } = await requireAssistedProducer(request, params.producerId);
  return {
    ...assistedFormDefaults(producer),
    library: producer.homeLibrary.slug,
    checkIn: await checkInStatus(producer.id),
    incomeRanges: INCOME_RANGES.map((option) => option.key),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, producer } = await requireAssistedProducer(request, params.producerId);
  const form = await readAssistedCheckInForm(request, producer);
  if (!form.ok) return data({ errors: form.errors, consent: form.consent }, 400);
  const here = `/librarian/producers/${producer.id}/check-in`;
  // The same rule as the producer's own: one check-in per 6 months.
  if (!(await checkInStatus(producer.id)).due) return redirect(here);
  await recordAssistedCheckIn(user, producer, form.data);
  return redirect(`${here}?done=check-in`);
}

export default function AssistedCheckInPage() {
  const { producer, consent, today, library, checkIn, incomeRanges } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const errors = splitConsentErrors(actionData?.errors);
  return (
    <div className="max-w-3xl space-y-4">
      <p>
        <Link to={`/librarian/producers?library=${library}`} className="underline">
          {t("impactWork.checkIn.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("impactWork.checkIn.title", { producer: producer.businessName })}</h1>
      {searchParams.get("done") === "check-in" ? <Notice>{t("impactWork.checkIn.saved")}</Notice> : null}
      <p className="text-stone-700">{t("impactWork.checkIn.intro")}</p>
      {checkIn.due ? (
        <CheckInForm
          ranges={incomeRanges}
          errors={actionData?.errors}
          consentFields={
            <ConsentFields values={actionData?.consent ?? consent} errors={errors.consent} today={today} />
          }
        />
      ) : (
        <p className="text-sm text-stone-700">
          {t("impactWork.checkIn.notDue", { date: formatDate(checkIn.latestAt!, language) })}
        </p>
      )}
    </div>
  );
}
