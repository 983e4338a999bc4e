// The storefront's banner photo on the curation page: upload (a multipart
// form, works without JavaScript), its description, removal. A refusal shows
// beside the field it concerns, in the form that was sent.
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { secondaryButtonClass, buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { PageSection } from "~/ui/page-section";
import { ProductPhoto } from "~/ui/product-photo";
import { useErrorText } from "~/ui/use-error-text";
import { BANNER_ALT_MAX, BANNER_FIELD } from "../limits";
import type { Refusal } from "./refusal";

type BannerPhoto = {
  alt: string;
  storageKey: string;
  width: number;
  height: number;
  widths: number[];
  placeholder: string;
};

export function BannerPhotoSection({
  photo,
  upload,
  edit,
}: {
  photo: BannerPhoto | null;
  /** The upload form, refused. */
  upload?: Refusal;
  /** The description form, refused. */
  edit?: Refusal;
}) {
  const { t } = useTranslation();
  const uploadError = useErrorText(upload?.errors);
  const editError = useErrorText(edit?.errors);
  return (
    <PageSection id="banner" title={t("librarianTools.banner.title")} className="space-y-3">
      <p className="text-sm text-stone-700">{t("librarianTools.banner.intro")}</p>
      {photo ? (
        <figure className="space-y-1">
          <ProductPhoto photo={photo} sizes="(min-width: 768px) 48rem, 100vw" className="w-full rounded-md" />
          <figcaption className="text-sm text-stone-700">{t("librarianTools.banner.current")}</figcaption>
        </figure>
      ) : (
        <p className="text-stone-700">{t("librarianTools.banner.none")}</p>
      )}
      <Form method="post" encType="multipart/form-data" className="space-y-4">
        <CsrfInput />
        <input type="hidden" name="intent" value="bannerUpload" />
        <Field
          name={BANNER_FIELD}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          label={t("librarianTools.banner.file")}
          hint={t("librarianTools.banner.fileHint")}
          error={uploadError(BANNER_FIELD)}
          required
        />
        <Field
          name="bannerAlt"
          id="bannerAlt-upload"
          label={t("librarianTools.banner.alt")}
          hint={t("librarianTools.banner.altHint")}
          defaultValue={upload?.values.bannerAlt ?? photo?.alt ?? ""}
          error={uploadError("bannerAlt")}
          maxLength={BANNER_ALT_MAX}
          required
        />
        <button type="submit" className={buttonClass}>
          {t("librarianTools.banner.upload")}
        </button>
      </Form>
      {photo ? (
        <div className="flex flex-wrap items-end gap-2">
          <Form method="post" className="flex min-w-0 flex-1 flex-wrap items-end gap-2">
            <CsrfInput />
            <Field
              name="bannerAlt"
              id="bannerAlt-edit"
              label={t("librarianTools.banner.alt")}
              defaultValue={edit?.values.bannerAlt ?? photo.alt}
              error={editError("bannerAlt")}
              maxLength={BANNER_ALT_MAX}
              className="min-w-0 flex-1"
              required
            />
            <button type="submit" name="intent" value="bannerAlt" className={secondaryButtonClass}>
              {t("librarianTools.banner.saveAlt")}
            </button>
          </Form>
          <Form method="post">
            <CsrfInput />
            <button type="submit" name="intent" value="bannerRemove" className={secondaryButtonClass}>
              {t("librarianTools.banner.remove")}
            </button>
          </Form>
        </div>
      ) : null}
    </PageSection>
  );
}
