// Assisted listing, photos: the librarian adds the producer's product photos
// (taken at the library, or sent by the producer) with their consent, through
// the same pipeline and addListingPhotos as the producer's own page, and may
// send the listing to review in the same step. A plain multipart form.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireUser } from "~/accounts/scope.server";
import { ListingError } from "~/catalog/listings/errors";
import { MAX_PHOTOS } from "~/catalog/listings/limits";
import { StatusBadge } from "~/catalog/listings/listing-status";
import { getOwnListing } from "~/catalog/listings/listings.server";
import { PhotoFileInput, PhotoRefusal, PhotoUploadButton } from "~/catalog/listings/photo-upload";
import { parsePhotoUpload, PhotoRejectedError } from "~/catalog/listings/photos.server";
import { AssistedPageHeader, AssistedRefusal } from "~/libraries/assisted-listing-page";
import {
  addAssistedPhotos,
  assistedFormDefaults,
  assistedListing,
  assistedPhotosInput,
  consentFormValues,
} from "~/libraries/assisted-listings.server";
import { ConsentFields, type ConsentFieldValues } from "~/libraries/consent-fields";
import { type FieldErrors, parseForm } from "~/platform/form.server";
import { httpErrorFor } from "~/platform/http-errors";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { ProductPhoto } from "~/ui/product-photo";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("listings.photo.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  try {
    const producer = await assistedListing(user, params.producerId ?? "", params.productId ?? "");
    const listing = await getOwnListing(producer.id, params.productId ?? "");
    return {
      ...assistedFormDefaults(producer),
      listing: { id: listing.id, title: listing.title, status: listing.status, images: listing.images },
    };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

/** A refusal: the consent's field errors (shown again with what was typed), or a photo's. */
type Failure = { errors?: FieldErrors; consent?: ConsentFieldValues; photoError?: { code: string; file?: string } };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const productId = params.productId ?? "";
  try {
    // Scope before reading any upload: a stranger's photos are never processed.
    const producer = await assistedListing(user, params.producerId ?? "", productId);
    const { formData, photos } = await parsePhotoUpload(request);
    const form = await parseForm(request, assistedPhotosInput(producer.homeLibrary.timeZone), { formData });
    if (!form.ok) return data<Failure>({ errors: form.errors, consent: consentFormValues(formData) }, 400);
    const { submit, ...consent } = form.data;
    const result = await addAssistedPhotos(user, producer.id, productId, photos, consent, { submit });
    const done = result.submitted ? "photosSubmitted" : "photos";
    return redirect(`/librarian/producers/${producer.id}/listings?done=${done}`);
  } catch (error) {
    if (error instanceof PhotoRejectedError) {
      return data<Failure>({ photoError: { code: error.code, file: error.fileName || undefined } }, 400);
    }
    if (error instanceof ListingError) return data<Failure>({ photoError: { code: error.code } }, 400);
    throw httpErrorFor(error);
  }
}

export default function AssistedPhotos() {
  const { producer, listing, consent, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="max-w-3xl space-y-4">
      <AssistedPageHeader producer={producer} title={t("listings.photo.title")}>
        <p className="font-medium">{listing.title}</p>
        <StatusBadge status={listing.status} />
      </AssistedPageHeader>
      <p>{t("listings.photo.count", { count: listing.images.length })}</p>
      {actionData?.photoError ? <PhotoRefusal {...actionData.photoError} /> : null}
      {actionData?.errors ? <AssistedRefusal /> : null}
      {listing.images.length < MAX_PHOTOS ? (
        <Form method="post" encType="multipart/form-data" className="space-y-4">
          <CsrfInput />
          <ConsentFields values={actionData?.consent ?? consent} errors={actionData?.errors} today={today} />
          <PhotoFileInput />
          {listing.status === "DRAFT" || listing.status === "CHANGES_REQUESTED" ? (
            <label className="flex items-center gap-2">
              <input type="checkbox" name="submit" value="1" defaultChecked />
              {t("librarianTools.assisted.submitToo")}
            </label>
          ) : null}
          <PhotoUploadButton />
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
