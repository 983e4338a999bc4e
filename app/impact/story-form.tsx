// The form a producer, or their librarian with them, writes an impact story
// in: before, after, one of the producer's product photos, and the consent.
// Plain form controls: works without JavaScript.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { formatDate } from "~/platform/dates";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { TextAreaField } from "~/ui/field";
import { Alert } from "~/ui/notice";
import { ProductPhoto } from "~/ui/product-photo";
import { useLanguage } from "~/ui/use-language";
import type { StoryPhoto } from "./story-card";

/** The story form. `consentFields`: the librarian's record of the producer's consent (assisted writing). */
export function StoryForm({
  story,
  photos,
  errors = {},
  consentFields,
}: {
  story: { before: string; after: string; photoId: string | null } | null;
  photos: (StoryPhoto & { product: { title: string } })[];
  /** Keys under `impactWork.errors`, by field. */
  errors?: Partial<Record<string, string>>;
  consentFields?: ReactNode;
}) {
  const { t } = useTranslation();
  const error = (name: string) => (errors[name] ? t(`impactWork.errors.${errors[name]}`) : undefined);
  return (
    <Form method="post" className="max-w-2xl space-y-4">
      <CsrfInput />
      {Object.keys(errors).length ? <Alert>{t("impactWork.errors.fix")}</Alert> : null}
      {consentFields}
      <TextAreaField
        name="before"
        label={t("impactWork.before")}
        hint={t("impactWork.beforeHint")}
        defaultValue={story?.before ?? ""}
        maxLength={600}
        rows={4}
        error={error("before")}
      />
      <TextAreaField
        name="after"
        label={t("impactWork.after")}
        hint={t("impactWork.afterHint")}
        defaultValue={story?.after ?? ""}
        maxLength={600}
        rows={4}
        error={error("after")}
      />
      {photos.length ? (
        <fieldset>
          <legend className="font-medium">{t("impactWork.photo")}</legend>
          <div className="mt-1 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <label className="flex items-center gap-2">
              <input type="radio" name="photoId" value="" defaultChecked={!story?.photoId} />
              {t("impactWork.photoNone")}
            </label>
            {photos.map((photo) => (
              <label key={photo.id} className="flex flex-col gap-1 text-sm">
                <span className="flex items-center gap-2">
                  <input type="radio" name="photoId" value={photo.id} defaultChecked={story?.photoId === photo.id} />
                  {photo.product.title}
                </span>
                <ProductPhoto photo={photo} sizes="160px" className="aspect-square w-full rounded object-cover" />
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <label className="flex items-start gap-2">
        <input type="checkbox" name="consent" value="yes" className="mt-1" />
        <span>{t("impactWork.consent")}</span>
      </label>
      {error("consent") ? <p className="text-sm font-medium text-red-800">{error("consent")}</p> : null}
      <button type="submit" name="intent" value="save" className={buttonClass}>
        {t("impactWork.submit")}
      </button>
    </Form>
  );
}

/** Where the story stands: none, waiting for a librarian, showing, or hidden for want of consent. */
export function StoryStatus({
  story,
  consent,
}: {
  story: { publishedAt: string | Date | null } | null;
  consent: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = !story
    ? t("impactWork.status.none")
    : !consent
      ? t("impactWork.status.noConsent")
      : story.publishedAt
        ? t("impactWork.status.published", { date: formatDate(story.publishedAt, language) })
        : t("impactWork.status.waiting");
  return (
    <p className="text-sm">
      <span className="font-medium">{t("impactWork.status.label")}:</span> {text}
    </p>
  );
}
