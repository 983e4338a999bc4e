import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { z } from "zod";
import { complianceBadges } from "~/catalog/compliance";
import { ListingError } from "~/catalog/listings/errors";
import { httpErrorFor } from "~/platform/http-errors";
import { AssistanceHistory } from "~/catalog/listings/assistance-history";
import { ComplianceWarnings, StatusBadge } from "~/catalog/listings/listing-status";
import { ShareCardPanel } from "~/catalog/listings/share-card-panel";
import { archiveListing, getOwnListing, restoreListing, submitListing } from "~/catalog/listings/listings.server";
import { ListingPageHeader } from "~/catalog/listings/listing-page-header";
import { listingAssistances } from "~/libraries/assisted-listings.server";
import { parseForm } from "~/platform/form.server";
import { requireProducer } from "~/accounts/scope.server";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { Alert, Notice } from "~/ui/notice";
import { Price } from "~/ui/price";
import { ProductPhoto } from "~/ui/product-photo";
import { StockLabel } from "~/ui/stock-label";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: loaderData?.listing.title ?? t("listings.preview") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  try {
    const listing = await getOwnListing(producer.id, params.id ?? "");
    const assistances = await listingAssistances(listing.id);
    return { listing, badges: complianceBadges(listing), producerStatus: producer.status, assistances };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

const Decision = z.object({ intent: z.enum(["submit", "archive", "restore"]) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { producer } = await requireProducer(request);
  const form = await parseForm(request, Decision);
  if (!form.ok) return data({ error: "notSubmittable" }, 400);
  const { intent } = form.data;
  const id = params.id ?? "";
  try {
    if (intent === "submit") await submitListing(producer.id, id);
    if (intent === "archive") await archiveListing(producer.id, id);
    if (intent === "restore") await restoreListing(producer.id, id);
  } catch (error) {
    if (error instanceof ListingError) return data({ error: error.code }, 400);
    throw httpErrorFor(error);
  }
  return redirect(`/producer/listings/${id}?done=${intent}`);
}

const DONE_MESSAGES: Record<string, string> = {
  submit: "listings.detail.submitted",
  archive: "listings.detail.archived",
  saved: "listings.saved",
  savedBackToReview: "listings.savedBackToReview",
};

export default function ListingPreview() {
  const { listing, badges, producerStatus, assistances } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const done = DONE_MESSAGES[searchParams.get("done") ?? ""];
  const [cover, ...morePhotos] = listing.images;
  const linkButton = `${secondaryButtonClass} py-2`;
  return (
    <article className="space-y-4">
      <ListingPageHeader back={{ to: "/producer/listings", label: t("listings.listTitle") }} title={listing.title}>
        <StatusBadge status={listing.status} />
      </ListingPageHeader>
      {done ? <Notice>{t(done)}</Notice> : null}
      {actionData?.error ? <Alert>{t(`listings.errors.${actionData.error}`)}</Alert> : null}
      {listing.status === "CHANGES_REQUESTED" && listing.reviewComment ? (
        <section className="rounded-md bg-amber-50 p-3 text-amber-900">
          <h2 className="font-semibold">{t("listings.detail.reviewComment")}</h2>
          <p className="whitespace-pre-line">{listing.reviewComment}</p>
        </section>
      ) : null}
      {producerStatus !== "APPROVED" ? <p className="text-sm">{t("listings.detail.pendingProducer")}</p> : null}
      <ComplianceWarnings warnings={listing.warnings} />
      <AssistanceHistory assistances={assistances} />

      <div className="flex flex-wrap gap-2">
        <Link to={`/producer/listings/${listing.id}/edit`} className={linkButton}>
          {t("listings.edit")}
        </Link>
        <Link to={`/producer/listings/${listing.id}/photos`} className={linkButton}>
          {t("listings.photos")}
        </Link>
        {listing.status === "PUBLISHED" ? (
          <Link to={`/products/${listing.slug}`} className={linkButton}>
            {t("listings.detail.publicLink")}
          </Link>
        ) : null}
      </div>
      <Form method="post" className="flex flex-wrap gap-2">
        <CsrfInput />
        {listing.status === "DRAFT" || listing.status === "CHANGES_REQUESTED" ? (
          <button type="submit" name="intent" value="submit" className={buttonClass}>
            {t("listings.detail.submit")}
          </button>
        ) : null}
        {listing.status === "ARCHIVED" ? (
          <button type="submit" name="intent" value="restore" className={linkButton}>
            {t("listings.detail.restore")}
          </button>
        ) : (
          <button type="submit" name="intent" value="archive" className={linkButton}>
            {t("listings.detail.archive")}
          </button>
        )}
      </Form>

      {cover ? (
        <ProductPhoto
          photo={cover}
          sizes="(min-width: 768px) 50vw, 100vw"
          priority
          className="w-full max-w-md rounded-lg"
        />
      ) : (
        <p>{t("listings.detail.noPhotos")}</p>
      )}
      {morePhotos.length ? (
        <ul className="grid max-w-md grid-cols-4 gap-2">
          {morePhotos.map((photo) => (
            <li key={photo.id}>
              <ProductPhoto photo={photo} sizes="25vw" className="aspect-square w-full rounded object-cover" />
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="divide-brand-100 border-brand-100 divide-y rounded-lg border bg-white">
        {listing.variants.map((variant) => (
          <li key={variant.id} className="flex items-center justify-between gap-3 px-4 py-3">
            <span>{variant.name}</span>
            <span className="text-right">
              <Price amountIdr={variant.priceIdr} className="block font-bold" />
              <span className="text-sm">
                <StockLabel stock={variant.stock} />
              </span>
            </span>
          </li>
        ))}
      </ul>
      {badges.length ? (
        <ul className="flex flex-wrap gap-2">
          {badges.map((badge) => (
            <li key={badge.kind} className="bg-leaf-700 rounded-full px-3 py-1 text-sm text-white">
              {t(`product.${badge.kind}`)} <span className="font-mono">{badge.number}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="whitespace-pre-line">{listing.description}</p>
      <ShareCardPanel
        slug={listing.slug}
        title={listing.title}
        isPublic={listing.status === "PUBLISHED" && producerStatus === "APPROVED"}
      />
    </article>
  );
}
