// Where renditions are kept. One small interface, two stores: the disk
// ($DATA_DIR/uploads, the default) and an S3-compatible bucket when S3_BUCKET
// is set (s3-storage.server.ts), for several app servers sharing the photos.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../env.server";
import { singleton } from "../singleton.server";
import { s3ImageStore } from "./s3-storage.server";
import { type RenditionFormat, STORAGE_KEY_PATTERN } from "./urls";

export interface ImageStore {
  /** Stores one rendition (WebP unless said); readers never see a half-written file. */
  put(storageKey: string, width: number, bytes: Uint8Array, format?: RenditionFormat): Promise<void>;
  /** The rendition's bytes, or null when it is not stored. */
  get(storageKey: string, width: number, format?: RenditionFormat): Promise<Uint8Array<ArrayBuffer> | null>;
  has(storageKey: string, width: number, format?: RenditionFormat): Promise<boolean>;
  /** Deletes every rendition of the photo; deleting one that is not stored does nothing. */
  delete(storageKey: string): Promise<void>;
}

/**
 * Renditions on disk at `<root>/<key[0..2]>/<key>/<width>.<webp|jpg>`: the two-letter
 * fan-out keeps directories small once there are many thousands of photos.
 */
export function diskImageStore(rootDirectory: string): ImageStore {
  const keyDirectory = (storageKey: string) => {
    // Keys and widths reach here from URLs: refuse anything that could leave the root.
    if (!STORAGE_KEY_PATTERN.test(storageKey)) throw new Error(`Invalid image storage key: ${storageKey}`);
    return path.join(rootDirectory, storageKey.slice(0, 2), storageKey);
  };
  const renditionPath = (storageKey: string, width: number, format: RenditionFormat = "webp") => {
    if (!Number.isInteger(width) || width <= 0) throw new Error(`Invalid rendition width: ${width}`);
    if (format !== "webp" && format !== "jpg") throw new Error(`Invalid rendition format: ${String(format)}`);
    return path.join(keyDirectory(storageKey), `${width}.${format}`);
  };

  return {
    async put(storageKey, width, bytes, format) {
      const target = renditionPath(storageKey, width, format);
      await mkdir(path.dirname(target), { recursive: true });
      // Write beside the target, then rename: rename is atomic within a file system.
      const temporary = `${target}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, bytes, { flag: "wx" });
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(storageKey, width, format) {
      try {
        return await readFile(renditionPath(storageKey, width, format));
      } catch (error) {
        if (isMissingFile(error)) return null;
        throw error;
      }
    },

    async has(storageKey, width, format) {
      try {
        return (await stat(renditionPath(storageKey, width, format))).isFile();
      } catch (error) {
        if (isMissingFile(error)) return false;
        throw error;
      }
    },

    async delete(storageKey) {
      await rm(keyDirectory(storageKey), { recursive: true, force: true });
    },
  };
}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}

/** The store every request uses: the S3 bucket when S3_BUCKET is set, else `$DATA_DIR/uploads`. */
export function imageStore(): ImageStore {
  return singleton("imageStore", () => {
    const config = env();
    if (!config.S3_BUCKET) return diskImageStore(path.join(config.dataDir, "uploads"));
    return s3ImageStore({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE === undefined ? undefined : config.S3_FORCE_PATH_STYLE === "true",
      prefix: config.S3_PREFIX,
    });
  });
}
