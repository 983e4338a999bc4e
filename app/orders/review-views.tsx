// Product reviews on pages (issue 15): one review as everyone reads it, the
// product page's list, the buyer's forms on a completed order, the producer's
// reply forms and the moderators' hide forms. Plain forms: they work without
// JavaScript. Bodies are text (React escapes them).
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { formatDate } from "~/platform/dates";
import { buttonClass, dangerButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { SelectField, TextAreaField } from "~/ui/field";
import { Alert, Notice } from "~/ui/notice";
import { ProductPhoto } from "~/ui/product-photo";
import { Rating, type RatingSummary, Stars } from "~/ui/rating";
import { useLanguage } from "~/ui/use-language";

type Photo = { storageKey: string; width: number; height: number; widths: number[]; placeholder: string };
export type ReviewItem = {
  id: string;
  authorName: string;
  rating: number;
  body: string;
  photo: Photo | null;
  reply: string | null;
  createdAt: string | Date;
};
export type ReviewFeedback =
  | { ok: true; lineId?: string }
  | { ok: false; lineId?: string; errors: Partial<Record<string, string>>; values: Record<string, string> }
  | null
  | undefined;

/** One review: stars, who and when, the text, the photo and the producer's reply. */
export function ReviewCard({ review, children }: { review: ReviewItem; children?: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <article id={`review-${review.id}`} className="space-y-2 rounded-md border border-stone-200 bg-white p-3">
      <p className="text-sm">
        <Stars value={review.rating} /> <span className="sr-only">{t("reviews.stars", { count: review.rating })}</span>
        <span className="font-semibold">{review.authorName}</span> ·{" "}
        <time dateTime={new Date(review.createdAt).toISOString()}>{formatDate(review.createdAt, language)}</time>
      </p>
      {review.body ? <p className="break-words whitespace-pre-wrap">{review.body}</p> : null}
      {review.photo ? (
        <ProductPhoto
          photo={{ ...review.photo, alt: t("reviews.photoAlt", { name: review.authorName }) }}
          sizes="160px"
          className="h-40 w-40 rounded object-cover"
        />
      ) : null}
      {review.reply ? (
        <div className="border-brand-200 ml-4 border-l-4 pl-3">
          <p className="text-sm font-semibold">{t("reviews.reply")}</p>
          <p className="break-words whitespace-pre-wrap">{review.reply}</p>
        </div>
      ) : null}
      {children}
    </article>
  );
}

/** The product page's section: the rating and the visible reviews, each with a link to report it. */
export function ProductReviews({ rating, list }: { rating: RatingSummary | null; list: ReviewItem[] }) {
  const { t } = useTranslation();
  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="space-y-3">
      <h2 id="reviews-heading" className="text-xl font-semibold">
        {t("reviews.heading")}
      </h2>
      {rating ? <Rating rating={rating} className="text-base" /> : <p>{t("reviews.none")}</p>}
      <ol className="space-y-3">
        {list.map((review) => (
          <li key={review.id}>
            <ReviewCard review={review}>
              <Link to={`/reviews/${review.id}/report`} className="text-sm underline" rel="nofollow">
                {t("reviews.reportLink")}
              </Link>
            </ReviewCard>
          </li>
        ))}
      </ol>
    </section>
  );
}

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
