import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { listOwnListings } from "~/catalog/listings/listings.server";
import { ComplianceWarnings, StatusBadge } from "~/catalog/listings/listing-status";
import { requireProducer } from "~/accounts/scope.server";
import { buttonClass } from "~/ui/button";
import { pageMeta } from "~/ui/meta";
import { ProductPhoto } from "~/ui/product-photo";
import { StockLabel } from "~/ui/stock-label";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("listings.listTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  return { listings: await listOwnListings(producer.id) };
}

export default function ProducerListings() {
  const { listings } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("listings.listTitle")}</h1>
        <Link to="/producer/listings/new" className={buttonClass}>
          {t("listings.add")}
        </Link>
      </div>
      {listings.length === 0 ? <p>{t("listings.empty")}</p> : null}
      <ul className="space-y-3">
        {listings.map((listing) => (
          <li key={listing.id} className="border-brand-100 flex gap-3 rounded-lg border bg-white p-3">
            {listing.photo ? (
              <ProductPhoto photo={listing.photo} sizes="80px" className="h-20 w-20 shrink-0 rounded object-cover" />
            ) : (
              <div className="h-20 w-20 shrink-0 rounded bg-stone-100" aria-hidden="true" />
            )}
            <div className="min-w-0 flex-1 space-y-1">
              <p className="font-semibold">
                <Link to={`/producer/listings/${listing.id}`} className="underline">
                  {listing.title}
                </Link>
              </p>
              <StatusBadge status={listing.status} />
              <ul className="text-sm">
                {listing.variants.map((variant) => (
                  <li key={variant.id}>
                    {variant.name}: <StockLabel stock={variant.stock} />
                  </li>
                ))}
              </ul>
              {listing.reviewComment && listing.status === "CHANGES_REQUESTED" ? (
                <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">
                  {t("listings.detail.reviewComment")}: {listing.reviewComment}
                </p>
              ) : null}
              <ComplianceWarnings warnings={listing.warnings} />
              <p className="flex flex-wrap gap-3 text-sm">
                <Link to={`/producer/listings/${listing.id}/edit`} className="underline">
                  {t("listings.edit")}
                </Link>
                <Link to={`/producer/listings/${listing.id}/photos`} className="underline">
                  {t("listings.photos")}
                </Link>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
