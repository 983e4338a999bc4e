// The pieces of a listing's photo upload that the producer's page and the
// librarian's assisted page share: the file input (several photos at once,
// the types the pipeline reads) and the refusal, which names the file.
import { useNavigation } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass } from "~/ui/button";
import { Alert } from "~/ui/notice";
import { PHOTO_FIELD } from "./limits";

/** The pipeline reads these; HEIC and AVIF where sharp has them (phones send HEIC). */
const ACCEPTED_TYPES = "image/jpeg,image/png,image/webp,image/heic,image/avif";

/** The file input with its label and hint; the page wraps it in its multipart form. */
export function PhotoFileInput() {
  const { t } = useTranslation();
  return (
    <div>
      <label htmlFor="photos" className="block font-medium">
        {t("listings.photo.choose")}
      </label>
      <input
        id="photos"
        name={PHOTO_FIELD}
        type="file"
        accept={ACCEPTED_TYPES}
        multiple
        aria-describedby="photos-hint"
        className="mt-1 block w-full text-sm"
      />
      <p id="photos-hint" className="mt-1 text-sm text-stone-700">
        {t("listings.photo.hint")}
      </p>
    </div>
  );
}

export function PhotoUploadButton() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <button type="submit" disabled={navigation.state === "submitting"} className={buttonClass}>
      {t("listings.photo.upload")}
    </button>
  );
}

/** A refused upload or photo change: the reason (an i18n key under `listings.errors`), with the file it concerns. */
export function PhotoRefusal({ code, file }: { code: string; file?: string }) {
  const { t } = useTranslation();
  const reason = t(`listings.errors.${code}`);
  return <Alert>{file ? t("listings.photo.rejected", { file, reason }) : reason}</Alert>;
}
