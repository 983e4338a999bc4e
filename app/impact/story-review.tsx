// The librarian's list of their library's stories: each with where it stands,
// a publish or take-down button, and the way to rewrite it with the producer.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import type { StoryPhoto } from "./story-card";
import { StoryStatus } from "./story-form";

type ReviewedStory = {
  producerId: string;
  before: string;
  after: string;
  publishedAt: string | Date | null;
  photo: StoryPhoto | null;
  consent: boolean;
  producer: { businessName: string; slug: string };
};

export function StoryReviewList({
  stories,
  refused,
}: {
  stories: ReviewedStory[];
  /** The producer whose story could not be published (no consent in force). */
  refused?: string;
}) {
  const { t } = useTranslation();
  if (!stories.length) return <p>{t("impactWork.empty")}</p>;
  return (
    <ul className="space-y-3">
      {stories.map((story) => (
        <li key={story.producerId} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="font-semibold">{story.producer.businessName}</h2>
          <StoryStatus story={story} consent={story.consent} />
          <dl className="space-y-1 text-sm">
            <dt className="font-medium">{t("impactWork.before")}</dt>
            <dd className="whitespace-pre-line">{story.before}</dd>
            <dt className="font-medium">{t("impactWork.after")}</dt>
            <dd className="whitespace-pre-line">{story.after}</dd>
          </dl>
          {refused === story.producerId ? (
            <p role="alert" className="text-sm font-medium text-red-800">
              {t("impactWork.errors.noConsent")}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="producerId" value={story.producerId} />
              {story.publishedAt ? (
                <button type="submit" name="intent" value="unpublish" className={secondaryButtonClass}>
                  {t("impactWork.unpublish")}
                  <span className="sr-only"> {story.producer.businessName}</span>
                </button>
              ) : (
                <button type="submit" name="intent" value="publish" className={buttonClass}>
                  {t("impactWork.publish")}
                  <span className="sr-only"> {story.producer.businessName}</span>
                </button>
              )}
            </Form>
            <Link to={`/librarian/producers/${story.producerId}/story`} className="underline">
              {t("impactWork.write")}
              <span className="sr-only"> {story.producer.businessName}</span>
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
