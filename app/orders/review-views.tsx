// Product reviews' forms (issue 15): the buyer's forms on a completed order,
// the producer's reply forms and the moderators' hide forms (one review as
// everyone reads it, and the product page's list: review-list.tsx). Plain forms: they work without
// JavaScript. Bodies are text (React escapes them).
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { formatDate } from "~/platform/dates";
import { buttonClass, dangerButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { SelectField, TextAreaField } from "~/ui/field";
import { Alert, Notice } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";
import { ReviewCard, type ReviewItem } from "./review-list";

export type ReviewFeedback =
  | { ok: true; lineId?: string }
  | { ok: false; lineId?: string; errors: Partial<Record<string, string>>; values: Record<string, string> }
  | null
  | undefined;

// A refusal names its form; one naming none (a photo too large to read the form at all) shows on each.
const errorOf = (feedback: ReviewFeedback, id: string, field: string) =>
  feedback && !feedback.ok && (!feedback.lineId || feedback.lineId === id) ? feedback.errors[field] : undefined;

type OrderLineReview = {
  lineId: string;
  productTitle: string;
  variantName: string;
  productSlug: string | null;
  review: ReviewItem | null;
  hidden: boolean;
  editable: boolean;
};

/** The buyer's part of a completed order's page: a form per line (write, or change within 30 days). */
export function OrderReviewForms({ lines, feedback }: { lines: OrderLineReview[]; feedback: ReviewFeedback }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!lines.length) return null;
  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="space-y-4 print:hidden">
      <h2 id="reviews-heading" className="text-lg font-semibold">
        {t("reviews.order.heading")}
      </h2>
      <p>{t("reviews.order.intro")}</p>
      {feedback?.ok ? <Notice>{t("reviews.order.saved")}</Notice> : null}
      {lines.map((line) => {
        const formError = errorOf(feedback, line.lineId, "form");
        const values = feedback && !feedback.ok && feedback.lineId === line.lineId ? feedback.values : {};
        const id = `review-${line.lineId}`;
        const label = t("reviews.order.line", { product: line.productTitle, variant: line.variantName });
        return (
          <div key={line.lineId} className="space-y-2 rounded-md border border-stone-200 bg-white p-3">
            <h3 className="font-semibold">{label}</h3>
            {line.review && !line.editable ? (
              <>
                <ReviewCard review={line.review} />
                <p className="text-sm">{line.hidden ? t("reviews.order.hidden") : t("reviews.order.closed")}</p>
              </>
            ) : (
              <Form method="post" encType="multipart/form-data" className="space-y-2">
                <CsrfInput />
                <input type="hidden" name="intent" value="review" />
                <input type="hidden" name="lineId" value={line.lineId} />
                {formError ? <Alert>{t(formError)}</Alert> : null}
                <SelectField
                  id={`${id}-rating`}
                  name="rating"
                  label={t("reviews.order.ratingLabel", { product: line.productTitle })}
                  defaultValue={values.rating ?? String(line.review?.rating ?? "")}
                  required
                  error={errorOf(feedback, line.lineId, "rating") && t(errorOf(feedback, line.lineId, "rating")!)}
                >
                  <option value="">{t("reviews.order.choose")}</option>
                  {[5, 4, 3, 2, 1].map((count) => (
                    <option key={count} value={count}>
                      {"★".repeat(count)} {t("reviews.order.ratingOption", { count })}
                    </option>
                  ))}
                </SelectField>
                <TextAreaField
                  id={`${id}-body`}
                  name="body"
                  label={t("reviews.order.bodyLabel")}
                  hint={t("reviews.order.bodyHint")}
                  maxLength={2000}
                  defaultValue={values.body ?? line.review?.body ?? ""}
                  error={errorOf(feedback, line.lineId, "body") && t(errorOf(feedback, line.lineId, "body")!)}
                />
                <div>
                  <label htmlFor={`${id}-photo`} className="block font-medium">
                    {t("reviews.order.photoLabel")}
                  </label>
                  <input
                    id={`${id}-photo`}
                    type="file"
                    name="photo"
                    accept="image/jpeg,image/png,image/webp,image/heic"
                    aria-describedby={`${id}-photo-hint`}
                    className="mt-1 block"
                  />
                  <p id={`${id}-photo-hint`} className="text-sm text-stone-700">
                    {t("reviews.order.photoHint")}
                  </p>
                  {errorOf(feedback, line.lineId, "photo") ? (
                    <p className="text-sm font-medium text-red-800">{t(errorOf(feedback, line.lineId, "photo")!)}</p>
                  ) : null}
                </div>
                {line.review?.photo ? (
                  <label className="flex items-center gap-2">
                    <input type="checkbox" name="removePhoto" value="1" className="h-5 w-5" />
                    {t("reviews.order.removePhoto")}
                  </label>
                ) : null}
                {line.review ? (
                  <p className="text-sm text-stone-700">
                    {t("reviews.order.editableUntil", {
                      date: formatDate(
                        new Date(new Date(line.review.createdAt).getTime() + 30 * 24 * 60 * 60 * 1000),
                        language,
                      ),
                    })}
                  </p>
                ) : null}
                <button type="submit" className={buttonClass}>
                  {line.review ? t("reviews.order.update") : t("reviews.order.send")}
                </button>
              </Form>
            )}
            {line.productSlug ? (
              <Link to={`/products/${line.productSlug}#reviews`} className="text-sm underline">
                {t("reviews.order.view")}
              </Link>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}

/** A review in a workspace list: its product's name (a link to its page) above the review and its form. */
function ReviewOfProduct({ review, children }: { review: ProducerReviewItem; children: ReactNode }) {
  return (
    <li className="space-y-1">
      <h2 className="font-semibold">
        <Link to={`/products/${review.product.slug}#reviews`} className="underline">
          {review.product.title}
        </Link>
      </h2>
      <ReviewCard review={review}>{children}</ReviewCard>
    </li>
  );
}

type ProducerReviewItem = ReviewItem & {
  hidden: boolean;
  hiddenReason: string | null;
  product: { title: string; slug: string };
};

/** The producer's reviews page: each review with its product, and a reply form while unanswered. */
export function ProducerReviewList({ reviews, feedback }: { reviews: ProducerReviewItem[]; feedback: ReviewFeedback }) {
  const { t } = useTranslation();
  if (!reviews.length) return <p>{t("reviews.producer.none")}</p>;
  return (
    <ol className="space-y-4">
      {reviews.map((review) => (
        <ReviewOfProduct key={review.id} review={review}>
          {feedback?.ok && feedback.lineId === review.id ? <Notice>{t("reviews.producer.sent")}</Notice> : null}
          {review.hidden ? (
            <p className="text-sm">{t("reviews.producer.hidden", { reason: review.hiddenReason ?? "" })}</p>
          ) : null}
          {!review.reply && !review.hidden ? (
            <Form method="post" className="space-y-2">
              <CsrfInput />
              <input type="hidden" name="reviewId" value={review.id} />
              <TextAreaField
                id={`reply-${review.id}`}
                name="reply"
                label={t("reviews.producer.replyLabel", { name: review.authorName })}
                hint={t("reviews.producer.replyHint")}
                maxLength={1000}
                required
                error={errorOf(feedback, review.id, "reply") && t(errorOf(feedback, review.id, "reply")!)}
              />
              <button type="submit" className={buttonClass}>
                {t("reviews.producer.send")}
              </button>
            </Form>
          ) : null}
        </ReviewOfProduct>
      ))}
    </ol>
  );
}

type ModeratedReview = ProducerReviewItem & { reports: { id: string; reason: string }[] };

/** The moderators' list: reported reviews first, each with a hide form (a reason is required). */
export function ModerationList({ reviews, feedback }: { reviews: ModeratedReview[]; feedback: ReviewFeedback }) {
  const { t } = useTranslation();
  if (!reviews.length) return <p>{t("reviews.moderation.none")}</p>;
  return (
    <ol className="space-y-4">
      {reviews.map((review) => (
        <ReviewOfProduct key={review.id} review={review}>
          {review.reports.length ? (
            <p className="text-sm font-medium text-red-800">
              {t("reviews.moderation.reported", { reasons: review.reports.map((r) => r.reason).join(" · ") })}
            </p>
          ) : null}
          {feedback?.ok && feedback.lineId === review.id ? <Notice>{t("reviews.moderation.hidden")}</Notice> : null}
          {review.hidden ? (
            <p className="text-sm">{t("reviews.hiddenNote", { reason: review.hiddenReason ?? "" })}</p>
          ) : (
            <Form method="post" className="space-y-2">
              <CsrfInput />
              <input type="hidden" name="reviewId" value={review.id} />
              <TextAreaField
                id={`hide-${review.id}`}
                name="reason"
                label={t("reviews.moderation.reasonLabel", { name: review.authorName })}
                maxLength={500}
                required
                error={errorOf(feedback, review.id, "reason") && t(errorOf(feedback, review.id, "reason")!)}
              />
              <button type="submit" className={dangerButtonClass}>
                {t("reviews.moderation.hide")}
              </button>
            </Form>
          )}
        </ReviewOfProduct>
      ))}
    </ol>
  );
}
