// The forms of the storefront curation page, one shape per intent (the button
// or a hidden field names it): what /librarian/storefront's action reads
// before it calls curation.server and banner.server. The fields a person types
// carry i18n keys as messages; any other refusal means a form no page sent.
import { z } from "zod";
import { HideFormSchema, StorefrontTextSchema } from "./curation.server";
import { BANNER_ALT_MAX } from "./limits";

const id = z.string().min(1).max(64);
const kind = z.enum(["product", "producer"]);
// The description's rules (and messages) are banner.server's; here only a bound on what is read.
const bannerAlt = z
  .string()
  .max(BANNER_ALT_MAX * 2)
  .default("");

export const StorefrontFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("feature"), kind, id }),
  z.object({ intent: z.literal("unfeature"), kind, id }),
  z.object({ intent: z.literal("move"), kind, id, direction: z.enum(["up", "down"]) }),
  HideFormSchema.extend({ intent: z.literal("hide") }),
  z.object({ intent: z.literal("unhide"), id }),
  StorefrontTextSchema.extend({ intent: z.literal("text") }),
  z.object({ intent: z.literal("bannerUpload"), bannerAlt }),
  z.object({ intent: z.literal("bannerAlt"), bannerAlt }),
  z.object({ intent: z.literal("bannerRemove") }),
]);

const TYPED_FIELDS = new Set(["reason", "bannerText", "story"]);

/** Whether a refused form is the person's to correct (a typed field), not a forged or broken one. */
export const isTypedFieldRefusal = (errors: Record<string, unknown>) =>
  Object.keys(errors).every((field) => TYPED_FIELDS.has(field));
