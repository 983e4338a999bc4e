import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import { reviewQueue } from "~/catalog/listings/review.server";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { ProductPhoto } from "~/ui/product-photo";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("listings.review.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireLibrarian(request);
  return { queue: await reviewQueue(user) };
}

const DONE: Record<string, string> = {
  publish: "listings.review.published",
  changes: "listings.review.changesRequested",
};

export default function ReviewQueue() {
  const { queue } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const done = DONE[searchParams.get("done") ?? ""];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("listings.review.title")}</h1>
      {done ? <Notice>{t(done)}</Notice> : null}
      {queue.length === 0 ? <p>{t("listings.review.empty")}</p> : null}
      <ul className="space-y-3">
        {queue.map((item) => (
          <li key={item.id} className="border-brand-100 flex gap-3 rounded-lg border bg-white p-3">
            {item.images[0] ? (
              <ProductPhoto photo={item.images[0]} sizes="80px" className="h-20 w-20 shrink-0 rounded object-cover" />
            ) : null}
            <div>
              <Link to={`/librarian/reviews/${item.id}`} className="font-semibold underline">
                {item.title}
              </Link>
              <p className="text-sm">{t("listings.review.by", { producer: item.producer.businessName })}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
