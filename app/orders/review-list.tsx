// Product reviews as everyone reads them (issue 15): one review, and the
// product page's list. Apart from the forms (review-views.tsx) so that the
// product page's browser code carries only this (issue 13: JS budget).
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { formatDate } from "~/platform/dates";
import { useTranslation } from "~/platform/i18n/react";
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
