// The producer's reviews (issue 15): every review of their products, the
// unanswered first, each with a one-time reply form.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireProducer } from "~/accounts/scope.server";
import { ProducerReviewList } from "~/orders/review-views";
import { producerReviews } from "~/orders/review-queries.server";
import { applyReplyForm } from "~/orders/reviews.server";
import { readForm } from "~/platform/form.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("reviews.producer.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  return { reviews: await producerReviews(producer.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { producer } = await requireProducer(request);
  const result = await applyReplyForm(await readForm(request), producer.id);
  return data(result, result.ok ? 200 : 400);
}

export default function ProducerReviews() {
  const { reviews } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("reviews.producer.title")}</h1>
      <p>{t("reviews.producer.intro")}</p>
      <ProducerReviewList reviews={reviews} feedback={feedback} />
    </div>
  );
}
