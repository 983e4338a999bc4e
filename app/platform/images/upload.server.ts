// Reading a form that carries one photo (multipart), keeping at most
// MAX_UPLOAD_BYTES of it in memory: a larger file is refused while it streams
// in, before it is buffered. The photo then goes through the pipeline.
import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { MAX_UPLOAD_BYTES } from "./pipeline.server";
import { ImageRejectedError } from "./rejection";

export type SinglePhotoUpload = { formData: FormData; photo: Uint8Array | null };

const isMultipart = (request: Request) =>
  (request.headers.get("Content-Type") ?? "").toLowerCase().startsWith("multipart/form-data");

/**
 * The form and the bytes of its `field` (null when no file was chosen). A plain
 * (url-encoded) form is read as usual, with no photo. Throws
 * ImageRejectedError("too-large") for an oversized file.
 */
export async function readSinglePhotoUpload(request: Request, field: string): Promise<SinglePhotoUpload> {
  if (!isMultipart(request)) return { formData: await request.formData(), photo: null };
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) {
    throw new ImageRejectedError("too-large", `Upload declares ${declared} bytes`);
  }
  const handler = unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES });
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new ImageRejectedError("too-large", error.message);
    throw error;
  }
  const file = formData.get(field);
  // An empty file input still sends a part with no name and no bytes.
  const photo = file && typeof file !== "string" && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  return { formData, photo };
}
