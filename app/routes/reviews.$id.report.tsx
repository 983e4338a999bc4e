// Reporting a review (issue 15): anyone, signed in or not, says what is wrong
// with a visible review; the moderators of the producer's library read it.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { getSessionUser } from "~/accounts/session.server";
import { ReviewCard } from "~/orders/review-list";
import { reviewForReport } from "~/orders/review-queries.server";
import { ReasonForm, reportReview } from "~/orders/reviews.server";
import { type FieldErrors, type FormValues, parseForm } from "~/platform/form.server";
import { notFound } from "~/platform/http-errors";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { TextAreaField } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("reviews.report.title") }));

export async function loader({ params }: LoaderFunctionArgs) {
  const review = await reviewForReport(params.id!);
  if (!review) throw notFound();
  return { review };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const review = await reviewForReport(params.id!);
  if (!review) throw notFound();
  const parsed = await parseForm(request, ReasonForm);
  if (!parsed.ok) return data({ sent: false, errors: parsed.errors, values: parsed.values }, 400);
  const user = await getSessionUser(request);
  await reportReview({ reviewId: review.id, reporterId: user?.id ?? null, reason: parsed.data.reason });
  return { sent: true, errors: {} as FieldErrors, values: {} as FormValues };
}

export default function ReportReview() {
  const { review } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  const error = answer?.errors.reason;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("reviews.report.title")}</h1>
      <p>{t("reviews.report.intro", { product: review.product.title })}</p>
      <ReviewCard review={review} />
      {answer?.sent ? (
        <Notice>{t("reviews.report.sent")}</Notice>
      ) : (
        <Form method="post" className="space-y-2">
          <CsrfInput />
          <TextAreaField
            name="reason"
            label={t("reviews.report.reasonLabel")}
            hint={t("reviews.report.reasonHint")}
            maxLength={500}
            required
            defaultValue={answer?.values.reason ?? ""}
            error={error ? t(error) : undefined}
          />
          <button type="submit" className={buttonClass}>
            {t("reviews.report.send")}
          </button>
        </Form>
      )}
      <Link to={`/products/${review.product.slug}#reviews`} className="underline">
        {t("reviews.report.back")}
      </Link>
    </div>
  );
}
