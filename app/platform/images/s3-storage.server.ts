// Renditions in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO), for
// when several app servers must see the same photos: the disk of one server
// is no use to the others. Same layout as on disk, `<prefix><key[0..2]>/<key>/<width>.webp`,
// so a bucket can be filled from $DATA_DIR/uploads with any sync tool.
// Photos still reach people through /media (immutable caching; a CDN in front
// keeps them), so the bucket can stay private.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { ImageStore } from "./storage.server";
import { RENDITION_WIDTHS, type RenditionFormat, STORAGE_KEY_PATTERN } from "./urls";

/** The share image (share-image.server.ts) is the one JPEG rendition; its width, for deletion. */
const JPEG_WIDTHS = [1200] as const;

export type S3StoreSettings = {
  bucket: string;
  region?: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
  prefix?: string;
};

export function s3ImageStore(settings: S3StoreSettings): ImageStore {
  const { bucket, prefix = "" } = settings;
  const client = new S3Client({
    // The SDK needs a region even where the store has none (MinIO); R2 takes "auto".
    region: settings.region ?? "us-east-1",
    endpoint: settings.endpoint,
    // Path-style by default off AWS: MinIO and most self-hosted stores need it.
    forcePathStyle: settings.forcePathStyle ?? Boolean(settings.endpoint),
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined, // the SDK's own chain: AWS_* variables, instance or task role
    // Checksums only where S3 requires them: several S3-compatible stores
    // refuse the newer default checksum headers.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });

  const keyFolder = (storageKey: string) => {
    if (!STORAGE_KEY_PATTERN.test(storageKey)) throw new Error(`Invalid image storage key: ${storageKey}`);
    return `${prefix}${storageKey.slice(0, 2)}/${storageKey}/`;
  };
  const objectKey = (storageKey: string, width: number, format: RenditionFormat = "webp") => {
    if (!Number.isInteger(width) || width <= 0) throw new Error(`Invalid rendition width: ${width}`);
    if (format !== "webp" && format !== "jpg") throw new Error(`Invalid rendition format: ${String(format)}`);
    return `${keyFolder(storageKey)}${width}.${format}`;
  };

  return {
    async put(storageKey, width, bytes, format) {
      // One PUT: S3 makes an object visible whole or not at all.
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: objectKey(storageKey, width, format),
          Body: bytes,
          ContentType: format === "jpg" ? "image/jpeg" : "image/webp",
          CacheControl: "public, max-age=31536000, immutable",
        }),
      );
    },

    async get(storageKey, width, format) {
      try {
        const object = await client.send(
          new GetObjectCommand({ Bucket: bucket, Key: objectKey(storageKey, width, format) }),
        );
        if (!object.Body) return null;
        const bytes = await object.Body.transformToByteArray();
        return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async has(storageKey, width, format) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(storageKey, width, format) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },

    async delete(storageKey) {
      // Every width the pipeline may have made: deleting a missing object is
      // no error in S3, and the app needs no permission to list the bucket.
      const keys = [
        ...RENDITION_WIDTHS.map((width) => objectKey(storageKey, width)),
        ...JPEG_WIDTHS.map((width) => objectKey(storageKey, width, "jpg")),
      ];
      await Promise.all(keys.map((Key) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key }))));
    },
  };
}

function isMissing(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404;
}
