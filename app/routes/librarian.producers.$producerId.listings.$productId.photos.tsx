// Assisted listing, photos: the librarian adds the producer's product photos
// (taken at the library, or sent by the producer) with their consent, through
// the same pipeline and addListingPhotos as the producer's own page, and may
// send the listing to review in the same step. A plain multipart form.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/accounts/scope.server";
import { ListingError } from "~/catalog/listings/errors";
import { httpErrorFor } from "~/platform/http-errors";
import { StatusBadge } from "~/catalog/listings/listing-status";
import { getOwnListing } from "~/catalog/listings/listings.server";
import { MAX_PHOTOS, PHOTO_FIELD } from "~/catalog/listings/limits";
import { parsePhotoUpload, PhotoRejectedError } from "~/catalog/listings/photos.server";
import {
  addAssistedPhotos,
  assistedListing,
  consentFormValues,
  type ConsentValues,
} from "~/libraries/assisted-listings.server";
import { ConsentFields } from "~/libraries/consent-fields";
import { todayIn } from "~/libraries/library-dates";
import { CONSENT_MAX_DAYS } from "~/libraries/limits";
import { buttonClass } from "~/ui/button";
import { assertCsrf } from "~/platform/csrf.server";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { ProductPhoto } from "~/ui/product-photo";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("listings.photo.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  try {
    const producer = await assistedListing(user, params.producerId ?? "", params.productId ?? "");
    const listing = await getOwnListing(producer.id, params.productId ?? "");
    const today = todayIn(producer.homeLibrary.timeZone);
    return {
      producer: { id: producer.id, businessName: producer.businessName },
      listing: { id: listing.id, title: listing.title, status: listing.status, images: listing.images },
      consent: { consentName: producer.user.name, consentMethod: "", consentGivenOn: today },
      today,
    };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

type Failure = { errors: Record<string, string>; file?: string; consent?: ConsentValues };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const producerId = params.producerId ?? "";
  const productId = params.productId ?? "";
  try {
    // Scope before reading any upload: a stranger's photos are never processed.
    await assistedListing(user, producerId, productId);
    const { formData, photos } = await parsePhotoUpload(request);
    await assertCsrf(request, formData);
    const consent = consentFormValues(formData);
    const result = await addAssistedPhotos(user, producerId, productId, photos, consent, {
      submit: formData.get("submit") === "1",
    });
    if (!result.ok) return data<Failure>({ errors: result.errors, consent }, 400);
    return redirect(
      `/librarian/producers/${producerId}/listings?done=${result.submitted ? "photosSubmitted" : "photos"}`,
    );
  } catch (error) {
    if (error instanceof PhotoRejectedError) {
      return data<Failure>({ errors: { photos: error.code }, file: error.fileName }, 400);
    }
    if (error instanceof ListingError) return data<Failure>({ errors: { photos: error.code } }, 400);
    throw httpErrorFor(error);
  }
}

export default function AssistedPhotos() {
  const { producer, listing, consent, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const photoError = actionData?.errors.photos ? t(`listings.errors.${actionData.errors.photos}`) : undefined;
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link to={`/librarian/producers/${producer.id}/listings`} className="underline">
          {t("librarianTools.assisted.backToList", { producer: producer.businessName })}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("listings.photo.title")}</h1>
      <p className="font-medium">{listing.title}</p>
      <StatusBadge status={listing.status} />
      <p>{t("listings.photo.count", { count: listing.images.length })}</p>
      {actionData ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900">
          {photoError && actionData.file
            ? t("listings.photo.rejected", { file: actionData.file, reason: photoError })
            : (photoError ?? t("librarianTools.assisted.fixBelow"))}
        </p>
      ) : null}
      {listing.images.length < MAX_PHOTOS ? (
        <Form method="post" encType="multipart/form-data" className="space-y-4">
          <CsrfInput />
          <ConsentFields
            values={actionData?.consent ?? consent}
            errors={actionData?.consent ? actionData.errors : {}}
            maxDays={CONSENT_MAX_DAYS}
            today={today}
          />
          <div>
            <label htmlFor="photos" className="block font-medium">
              {t("listings.photo.choose")}
            </label>
            <input
              id="photos"
              name={PHOTO_FIELD}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/heic,image/avif"
              multiple
              aria-describedby="photos-hint"
              className="mt-1 block w-full text-sm"
            />
            <p id="photos-hint" className="mt-1 text-sm text-stone-700">
              {t("listings.photo.hint")}
            </p>
          </div>
          {listing.status === "DRAFT" || listing.status === "CHANGES_REQUESTED" ? (
            <label className="flex items-center gap-2">
              <input type="checkbox" name="submit" value="1" defaultChecked />
              {t("librarianTools.assisted.submitToo")}
            </label>
          ) : null}
          <button type="submit" disabled={navigation.state === "submitting"} className={buttonClass}>
            {t("listings.photo.upload")}
          </button>
        </Form>
      ) : null}
      {listing.images.length ? (
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {listing.images.map((image) => (
            <li key={image.id}>
              <ProductPhoto photo={image} sizes="(min-width: 640px) 12rem, 50vw" className="w-full rounded" />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
