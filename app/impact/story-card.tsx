// Impact stories on the public pages (library storefront, producer page): each
// published story with its photo. Public messages only (message-sets.unit.test.ts).
import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { PageSection } from "~/ui/page-section";
import { ProductPhoto } from "~/ui/product-photo";

export type StoryPhoto = {
  id: string;
  storageKey: string;
  widths: number[];
  alt: string;
  placeholder: string;
  width: number;
  height: number;
};

export type ShownStory = {
  producerId: string;
  before: string;
  after: string;
  photo: StoryPhoto | null;
  producer: { businessName: string; slug: string };
};

/** The published stories of a public page, each with its photo; nothing when there are none. */
export function StoriesSection({ stories, linkProducers = true }: { stories: ShownStory[]; linkProducers?: boolean }) {
  const { t } = useTranslation();
  if (!stories.length) return null;
  return (
    <PageSection id="impact-stories" title={t("impactStory.heading")}>
      <p className="mb-3 text-sm text-stone-700">{t("impactStory.intro")}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        {stories.map((story) => (
          <li key={story.producerId}>
            <article className="h-full rounded-lg border border-stone-300 bg-white p-4">
              <h3 className="font-semibold">
                {linkProducers ? (
                  <Link to={`/producers/${story.producer.slug}`} className="underline">
                    {t("impactStory.by", { producer: story.producer.businessName })}
                  </Link>
                ) : (
                  t("impactStory.by", { producer: story.producer.businessName })
                )}
              </h3>
              {story.photo ? (
                <ProductPhoto
                  photo={story.photo}
                  sizes="(min-width: 768px) 540px, calc(100vw - 2rem)"
                  className="mt-2 aspect-[4/3] w-full rounded object-cover"
                />
              ) : null}
              <dl className="mt-2 space-y-2">
                <div>
                  <dt className="font-medium">{t("impactStory.before")}</dt>
                  <dd className="whitespace-pre-line text-stone-800">{story.before}</dd>
                </div>
                <div>
                  <dt className="font-medium">{t("impactStory.after")}</dt>
                  <dd className="whitespace-pre-line text-stone-800">{story.after}</dd>
                </div>
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
