import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { z } from "zod";
import { requireProducer } from "~/accounts/scope.server";
import { ListingError } from "~/catalog/listings/errors";
import { ALT_MAX, MAX_PHOTOS } from "~/catalog/listings/limits";
import { ListingPageHeader } from "~/catalog/listings/listing-page-header";
import { getOwnListing } from "~/catalog/listings/listings.server";
import { PhotoFileInput, PhotoRefusal, PhotoUploadButton } from "~/catalog/listings/photo-upload";
import {
  addListingPhotos,
  movePhoto,
  parsePhotoUpload,
  PhotoRejectedError,
  removePhoto,
  updatePhotoAlt,
} from "~/catalog/listings/photos.server";
import { parseForm, readForm } from "~/platform/form.server";
import { httpErrorFor } from "~/platform/http-errors";
import { secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { ProductPhoto } from "~/ui/product-photo";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("listings.photo.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  try {
    const listing = await getOwnListing(producer.id, params.id ?? "");
    return { id: listing.id, title: listing.title, status: listing.status, images: listing.images };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

const PhotoAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("up"), imageId: z.string().min(1) }),
  z.object({ intent: z.literal("down"), imageId: z.string().min(1) }),
  z.object({ intent: z.literal("remove"), imageId: z.string().min(1) }),
  z.object({ intent: z.literal("alt"), imageId: z.string().min(1), alt: z.string().max(ALT_MAX * 2) }),
]);

type ActionError = { error: string; file?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const { producer } = await requireProducer(request);
  const productId = params.id ?? "";
  const isUpload = request.headers.get("Content-Type")?.startsWith("multipart/form-data");
  try {
    if (isUpload) {
      // CSRF first: the token is checked as soon as the form's fields are read,
      // before any photo is processed.
      const { formData, photos } = await parsePhotoUpload(request);
      await readForm(request, { formData });
      const { added } = await addListingPhotos(producer.id, productId, photos);
      return redirect(`/producer/listings/${productId}/photos?added=${added}`);
    }
    const form = await parseForm(request, PhotoAction);
    if (!form.ok) return data<ActionError>({ error: "photoMissing" }, 400);
    const { intent, imageId } = form.data;
    if (intent === "up" || intent === "down") await movePhoto(producer.id, productId, imageId, intent);
    if (intent === "remove") await removePhoto(producer.id, productId, imageId);
    if (intent === "alt") await updatePhotoAlt(producer.id, productId, imageId, form.data.alt);
    return redirect(`/producer/listings/${productId}/photos`);
  } catch (error) {
    if (error instanceof PhotoRejectedError) return data<ActionError>({ error: error.code, file: error.fileName }, 400);
    if (error instanceof ListingError) return data<ActionError>({ error: error.code }, 400);
    throw httpErrorFor(error);
  }
}

export default function ListingPhotos() {
  const { id, title, images } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const added = Number(searchParams.get("added") ?? "0");
  const small = `${secondaryButtonClass} text-sm disabled:opacity-40`;
  return (
    <div className="space-y-4">
      <ListingPageHeader back={{ to: `/producer/listings/${id}`, label: title }} title={t("listings.photo.title")} />
      <p>{t("listings.photo.count", { count: images.length })}</p>
      {added > 0 ? <Notice>{t("listings.photo.uploaded", { count: added })}</Notice> : null}
      {actionData?.error ? <PhotoRefusal code={actionData.error} file={actionData.file || undefined} /> : null}

      {images.length < MAX_PHOTOS ? (
        <Form
          method="post"
          encType="multipart/form-data"
          className="border-brand-100 space-y-3 rounded-lg border bg-white p-3"
        >
          <CsrfInput />
          <h2 className="font-semibold">{t("listings.photo.add")}</h2>
          <PhotoFileInput />
          <PhotoUploadButton />
        </Form>
      ) : null}

      {images.length === 0 ? <p>{t("listings.photo.none")}</p> : null}
      <ol className="space-y-3">
        {images.map((image, index) => (
          <li key={image.id} className="border-brand-100 space-y-2 rounded-lg border bg-white p-3">
            <ProductPhoto photo={image} sizes="(min-width: 640px) 240px, 100vw" className="w-full max-w-60 rounded" />
            <Form method="post" className="flex flex-wrap gap-2">
              <CsrfInput />
              <input type="hidden" name="imageId" value={image.id} />
              <button type="submit" name="intent" value="up" disabled={index === 0} className={small}>
                {t("listings.photo.moveUp")}
              </button>
              <button type="submit" name="intent" value="down" disabled={index === images.length - 1} className={small}>
                {t("listings.photo.moveDown")}
              </button>
              <button type="submit" name="intent" value="remove" className={small}>
                {t("listings.photo.remove")}
              </button>
            </Form>
            <Form method="post" className="space-y-2">
              <CsrfInput />
              <input type="hidden" name="imageId" value={image.id} />
              <Field
                name="alt"
                id={`alt-${image.id}`}
                label={t("listings.photo.alt", { number: index + 1 })}
                defaultValue={image.alt}
                maxLength={ALT_MAX}
                required
              />
              <button type="submit" name="intent" value="alt" className={small}>
                {t("listings.photo.saveAlt")}
              </button>
            </Form>
          </li>
        ))}
      </ol>
    </div>
  );
}
