import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { getProducerPage } from "~/producers/producers.server";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { producerJsonLd } from "~/catalog/structured-data";
import { endorsementBadgesOf } from "~/partners/endorsements/public-endorsements.server";
import { EndorsementBadges } from "~/partners/endorsements/endorsement-badges";
import { notFound } from "~/platform/http-errors";
import { followSharedLink } from "~/producers/share-stats.server";
import { pageSeo } from "~/platform/seo.server";
import { ProductGrid } from "~/catalog/product-card";
import { cardsSharePrice } from "~/catalog/share-price";
import { PageSection } from "~/ui/page-section";
import { ShareLinks } from "~/ui/share-links";
import { recordPageMeta } from "~/ui/seo-meta";
import { TrainingSentence } from "~/producers/training-sentence";
import { producerWhatsappNumber } from "~/accounts/whatsapp.server";
import { medianFirstReplyMs } from "~/orders/reply-time.server";
import { producerRating } from "~/orders/review-queries.server";
import { Rating } from "~/ui/rating";
import { ReplyTime } from "~/ui/reply-time";
import { WhatsappChatLink } from "~/ui/whatsapp-chat";
import { shownStories } from "~/impact/stories.server";
import { StoriesSection } from "~/impact/story-card";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  recordPageMeta(matches, data, ({ producer }) => ({
    title: producer.businessName,
    description: producer.story.slice(0, 160) || undefined,
  }));

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await followSharedLink(request, { producerSlug: params.slug ?? "" });
  const page = await getProducerPage(params.slug ?? "");
  if (!page) throw notFound();
  const { producer } = page;
  const seo = await pageSeo(request, {
    path: `/producers/${producer.slug}`,
    type: "profile",
    photo: page.products[0]?.image,
    card: { title: producer.businessName, subtitle: producer.village?.name ?? producer.homeLibrary.name },
  });
  seo.jsonLd = producerJsonLd(producer, seo.canonical, seo.image.url);
  // issue 11: the partners' endorsements standing today.
  // issue 15: the median first reply and the WhatsApp number the producer agreed to publish.
  // issue 12: their impact story, while published and their consent is in force.
  const [endorsements, replyMs, whatsapp, stories, rating] = await Promise.all([
    endorsementBadgesOf(producer.id),
    medianFirstReplyMs(producer.id),
    producerWhatsappNumber({ id: producer.id }),
    shownStories({ producerSlug: page.producer.slug }),
    producerRating(producer.id), // issue 15: their products' reviews together
  ]);
  return data(
    { ...page, endorsements, replyMs, whatsapp, stories, seo, rating },
    { headers: publicPageHeaders(request) },
  );
}

export default function ProducerProfile() {
  const { producer, products, endorsements, replyMs, whatsapp, stories, seo, rating } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{producer.businessName}</h1>
        <Rating rating={rating} />
        <p className="text-stone-700">
          {producer.user.name}
          {producer.village ? ` · ${producer.village.name}` : ""}
        </p>
        <p className="mt-1 text-sm">
          {t("producer.homeLibrary")}:{" "}
          <Link to={`/libraries/${producer.homeLibrary.slug}`} className="underline">
            {producer.homeLibrary.name}
          </Link>
        </p>
        <ReplyTime ms={replyMs} />
        <div className="mt-3">
          <EndorsementBadges badges={endorsements} />
        </div>
        {whatsapp ? (
          <div className="mt-3">
            <WhatsappChatLink
              digits={whatsapp}
              text={t("chat.producerText", { name: producer.businessName })}
              label={t("chat.whatsappProducer")}
            />
          </div>
        ) : null}
      </header>
      <ShareLinks url={seo.canonical} name={producer.businessName} price={cardsSharePrice(products)} />
      {producer.story ? (
        <PageSection id="story" title={t("producer.story")}>
          <p className="max-w-3xl whitespace-pre-line">{producer.story}</p>
        </PageSection>
      ) : null}
      <StoriesSection stories={stories} linkProducers={false} />
      <PageSection id="trainings" title={t("producer.trainings")}>
        {producer.attendance.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {producer.attendance.map(({ training }) => (
              <li key={training.id}>
                <TrainingSentence training={training} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">{t("producer.noTrainings")}</p>
        )}
      </PageSection>
      <PageSection id="products" title={t("producer.products")}>
        <ProductGrid products={products} headingLevel={3} />
      </PageSection>
    </div>
  );
}
