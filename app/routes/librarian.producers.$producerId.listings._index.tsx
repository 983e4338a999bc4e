// A producer's listings as their librarian sees them, with the way to create
// or edit one on the producer's behalf (assisted listing, with consent).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireUser } from "~/accounts/scope.server";
import { httpErrorFor } from "~/platform/http-errors";
import { StatusBadge } from "~/catalog/listings/listing-status";
import { listOwnListings } from "~/catalog/listings/listings.server";
import { assistedProducer } from "~/libraries/assisted-listings.server";
import { Notice } from "~/ui/notice";
import { buttonClass } from "~/ui/button";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({
    title: t("librarianTools.assisted.listTitle", { producer: data?.producer.businessName ?? "" }),
  }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  try {
    const producer = await assistedProducer(user, params.producerId ?? "");
    const listings = await listOwnListings(producer.id);
    return {
      producer: { id: producer.id, businessName: producer.businessName, name: producer.user.name },
      listings: listings.map(({ id, title, status }) => ({ id, title, status })),
    };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

const DONE: Record<string, string> = {
  created: "librarianTools.assisted.created",
  saved: "librarianTools.assisted.saved",
  savedBackToReview: "librarianTools.assisted.savedBackToReview",
  photos: "librarianTools.assisted.photosSaved",
  photosSubmitted: "librarianTools.assisted.photosSubmitted",
};

export default function AssistedListings() {
  const { producer, listings } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const done = DONE[searchParams.get("done") ?? ""];
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link to="/librarian/producers" className="underline">
          {t("librarianTools.assisted.backToProducers")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t("librarianTools.assisted.listTitle", { producer: producer.businessName })}
      </h1>
      <p className="text-stone-700">{producer.name}</p>
      {done ? <Notice>{t(done)}</Notice> : null}
      <p>{t("librarianTools.assisted.intro")}</p>
      <Link to={`/librarian/producers/${producer.id}/listings/new`} className={`${buttonClass} inline-block`}>
        {t("librarianTools.assisted.newListing")}
      </Link>
      {listings.length ? (
        <ul className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white">
          {listings.map((listing) => (
            <li key={listing.id} className="flex flex-wrap items-center gap-2 p-3">
              <span className="min-w-0 flex-1 font-medium">{listing.title}</span>
              <StatusBadge status={listing.status} />
              {listing.status !== "ARCHIVED" ? (
                <>
                  <Link to={`/librarian/producers/${producer.id}/listings/${listing.id}/edit`} className="underline">
                    {t("librarianTools.assisted.edit")}
                    <span className="sr-only"> {listing.title}</span>
                  </Link>
                  <Link to={`/librarian/producers/${producer.id}/listings/${listing.id}/photos`} className="underline">
                    {t("librarianTools.assisted.photos")}
                    <span className="sr-only"> {listing.title}</span>
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">{t("librarianTools.assisted.noListings")}</p>
      )}
    </div>
  );
}
