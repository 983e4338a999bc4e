// Uploaded photos in an S3-compatible bucket (issue 13): against a local S3
// server this test starts itself (s3rver, an npm package; nothing downloaded
// at run time), through the same pipeline, /media route and deletion as on disk.
// @ts-expect-error s3rver ships no types
import S3rver from "@20minutes/s3rver";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { processProductPhoto } from "~/platform/images/pipeline.server";
import { releaseImage } from "~/platform/images/release.server";
import { imageStore } from "~/platform/images/storage.server";
import { loader as media } from "~/routes/media.$key.$file";
import { createProduct } from "../db-utils";

const BUCKET = "lapak-photos";
let server: { run(): Promise<AddressInfo>; close(): Promise<void> };
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "lapak-s3-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  }) as typeof server;
  const { port } = await server.run();
  // The app reads these once, at its first env() / imageStore() call, which comes after.
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: "S3RVER", // s3rver's fixed credentials
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_PREFIX: "uploads/",
  });
});

afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

test("a photo goes to the bucket, is served from it through /media, and is deleted from it", async () => {
  const store = imageStore();

  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 90, g: 60, b: 20 } } })
    .jpeg()
    .toBuffer();
  const processed = await processProductPhoto(photo); // the configured store: the bucket
  expect(processed.widths).toEqual([320, 640]);

  // In the bucket under the prefix (s3rver keeps objects as files), and nothing on disk.
  const key = processed.storageKey;
  const inBucket = (width: number) =>
    existsSync(path.join(directory, BUCKET, "uploads", key.slice(0, 2), key, `${width}.webp._S3rver_object`));
  expect([320, 640, 960].map(inBucket)).toEqual([true, true, false]);
  expect(existsSync(path.join(process.env.DATA_DIR!, "uploads"))).toBe(false);

  const response = await media({
    params: { key, file: "640.webp" },
    request: new Request(`http://localhost/media/${key}/640.webp`),
    context: {},
  });
  expect(response.status).toBe(200);
  const served = Buffer.from(await response.arrayBuffer());
  expect((await sharp(served).metadata()).width).toBe(640);
  expect(await store.has(key, 640)).toBe(true);
  expect(await store.get(key, 960)).toBeNull();
  expect(await store.has(key, 960)).toBe(false);

  // Still named by a listing: kept. Once nothing names it: gone from the bucket.
  const product = await createProduct();
  const row = await prisma.productImage.create({
    data: {
      productId: product.id,
      position: 0,
      alt: "foto",
      storageKey: key,
      width: 900,
      height: 600,
      widths: [320, 640],
      placeholder: "",
    },
  });
  expect(await releaseImage(key)).toBe(false);
  await prisma.productImage.delete({ where: { id: row.id } });
  expect(await releaseImage(key)).toBe(true);
  expect(await store.get(key, 320)).toBeNull();
  expect([320, 640].map(inBucket)).toEqual([false, false]);
}, 60_000); // sharp, the S3 round trips and PGlite's start on a busy 2-core machine
