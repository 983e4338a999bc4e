// Review moderation (issue 15): the reviews of the library's producers,
// reported first; a librarian of the library (or an admin of its province,
// naming it by ?library=) hides one with a reason, audited.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import { ModerationList } from "~/orders/review-views";
import { libraryReviews } from "~/orders/review-queries.server";
import { applyHideForm } from "~/orders/reviews.server";
import { readForm } from "~/platform/form.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("reviews.moderation.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library } = await requireLibrarian(request);
  return { library: { name: library.name }, reviews: await libraryReviews(library.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  // The review's producer's library decides who may hide it (reviews.server.ts), not this page's ?library=.
  const { user } = await requireLibrarian(request);
  const result = await applyHideForm(await readForm(request), user);
  return data(result, result.ok ? 200 : 400);
}

export default function ReviewModeration() {
  const { library, reviews } = useLoaderData<typeof loader>();
  const feedback = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("reviews.moderation.title")}</h1>
      <p>{t("reviews.moderation.intro", { library: library.name })}</p>
      <ModerationList reviews={reviews} feedback={feedback} />
    </div>
  );
}
