// The storefront's banner photo, which a library's librarians upload on the
// curation page and /libraries/:slug shows first. It goes through the one
// image pipeline (the product photo's renditions suit a wide banner too), with
// the pipeline's own refusals; a refused photo stores nothing and changes
// nothing. Every change is audited with the library.
import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { prisma } from "~/platform/db.server";
import type { FieldErrors } from "~/platform/form.server";
import {
  type ImageRejectionReason,
  isImageRejectedError,
  MAX_UPLOAD_BYTES,
  processProductPhoto,
} from "~/platform/images/pipeline.server";
import { releaseImage } from "~/platform/images/release.server";
import type { ImageStore } from "~/platform/images/storage.server";
import { BANNER_ALT_MAX, BANNER_FIELD } from "./limits";

export { BANNER_ALT_MAX, BANNER_FIELD };

/** Why a banner change was refused: an image rejection (i18n `listings.errors.photo.*`) or a form problem. */
export class BannerError extends Error {
  override name = "BannerError";
  constructor(
    readonly field: "bannerPhoto" | "bannerAlt",
    readonly reason: ImageRejectionReason | "fileRequired" | "altRequired" | "altTooLong" | "noPhoto",
    message: string = reason,
  ) {
    super(message);
  }
  get isImageRejection() {
    return this.field === "bannerPhoto" && this.reason !== "fileRequired";
  }

  /** The refusal as the form shows it, beside its field: the pipeline's message or the form's. */
  get fieldErrors(): FieldErrors {
    const key = this.isImageRejection
      ? `listings.errors.photo.${this.reason}`
      : `librarianTools.banner.errors.${this.reason}`;
    return { [this.field]: key };
  }
}

export const BannerAlt = z
  .string({ error: "altRequired" })
  .trim()
  .min(1, { error: "altRequired" })
  .max(BANNER_ALT_MAX, { error: "altTooLong" });

function checkAlt(alt: unknown): string {
  const parsed = BannerAlt.safeParse(alt);
  if (!parsed.success) {
    throw new BannerError("bannerAlt", parsed.error.issues[0]!.message as "altRequired" | "altTooLong");
  }
  return parsed.data;
}

export type BannerUpload = { formData: FormData; photo: Uint8Array | null };

/**
 * Reads the banner form (multipart), keeping at most MAX_UPLOAD_BYTES of the
 * photo in memory: a larger file is refused while it streams in.
 */
export async function parseBannerUpload(request: Request): Promise<BannerUpload> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) throw new BannerError("bannerPhoto", "too-large");
  const handler = unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES });
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new BannerError("bannerPhoto", "too-large");
    throw error;
  }
  const file = formData.get(BANNER_FIELD);
  // An empty file input still sends a part with no name and no bytes.
  const photo = file && typeof file !== "string" && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  return { formData, photo };
}

type Actor = { actorId: string; libraryId: string };

const bannerSelect = { alt: true, storageKey: true, width: true, height: true, widths: true } as const;

/** Puts (or replaces) the library's banner photo. Throws BannerError; then nothing is stored or changed. */
export async function setBannerPhoto(
  { actorId, libraryId }: Actor,
  photo: Uint8Array | null,
  alt: unknown,
  { store }: { store?: ImageStore } = {},
) {
  const text = checkAlt(alt);
  if (!photo) throw new BannerError("bannerPhoto", "fileRequired");
  let processed;
  try {
    processed = await processProductPhoto(photo, store ? { store } : {});
  } catch (error) {
    if (isImageRejectedError(error)) throw new BannerError("bannerPhoto", error.reason, error.message);
    throw error;
  }
  const row = {
    alt: text,
    storageKey: processed.storageKey,
    width: processed.width,
    height: processed.height,
    widths: processed.widths,
    placeholder: processed.placeholder,
    uploadedById: actorId,
  };
  const replaced = await prisma.$transaction(async (tx) => {
    const before = await tx.libraryBannerPhoto.findUnique({ where: { libraryId }, select: bannerSelect });
    await tx.libraryBannerPhoto.upsert({ where: { libraryId }, create: { libraryId, ...row }, update: row });
    await recordAudit(tx, {
      actorId,
      libraryId,
      action: "storefront.banner.photo",
      entityType: "Library",
      entityId: libraryId,
      before,
      after: { alt: row.alt, storageKey: row.storageKey, width: row.width, height: row.height, widths: row.widths },
    });
    return before;
  });
  // The old photo stops being public (unless it is the same photo, or shown elsewhere).
  if (replaced && replaced.storageKey !== row.storageKey)
    await releaseImage(replaced.storageKey, store ? { store } : {});
}

/** Changes the description of the banner photo (what screen readers say). */
export async function updateBannerAlt({ actorId, libraryId }: Actor, alt: unknown) {
  const text = checkAlt(alt);
  await prisma.$transaction(async (tx) => {
    const before = await tx.libraryBannerPhoto.findUnique({ where: { libraryId }, select: { alt: true } });
    if (!before) throw new BannerError("bannerAlt", "noPhoto");
    if (before.alt === text) return;
    await tx.libraryBannerPhoto.update({ where: { libraryId }, data: { alt: text } });
    await recordAudit(tx, {
      actorId,
      libraryId,
      action: "storefront.banner.alt",
      entityType: "Library",
      entityId: libraryId,
      before,
      after: { alt: text },
    });
  });
}

/** Takes the banner photo off the storefront; removing none changes nothing. */
export async function removeBannerPhoto({ actorId, libraryId }: Actor) {
  const removed = await prisma.$transaction(async (tx) => {
    const before = await tx.libraryBannerPhoto.findUnique({ where: { libraryId }, select: bannerSelect });
    if (!before) return null;
    await tx.libraryBannerPhoto.delete({ where: { libraryId } });
    await recordAudit(tx, {
      actorId,
      libraryId,
      action: "storefront.banner.remove",
      entityType: "Library",
      entityId: libraryId,
      before,
      after: null,
    });
    return before;
  });
  if (removed) await releaseImage(removed.storageKey); // a removed photo stops being public
}
