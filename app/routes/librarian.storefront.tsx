import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { fieldErrorsOf as fieldErrors, type FieldErrors } from "~/platform/form.server";
import {
  CurationError,
  feature,
  getCuration,
  hideProduct,
  HideFormSchema,
  move,
  StorefrontTextSchema,
  unfeature,
  unhideProduct,
  updateStorefrontText,
} from "~/libraries/curation.server";
import {
  BannerError,
  parseBannerUpload,
  removeBannerPhoto,
  setBannerPhoto,
  updateBannerAlt,
} from "~/libraries/banner.server";
import { requireLibrarian } from "~/accounts/scope.server";
import { BANNER_ALT_MAX, BANNER_FIELD } from "~/libraries/limits";
import { workspaceHref } from "~/libraries/workspace-href";
import { LibrarySwitcher } from "~/libraries/workspace-ui";
import { Notice } from "~/ui/notice";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { assertCsrf } from "~/platform/csrf.server";
import { CsrfInput } from "~/ui/csrf-input";
import { SelectField, TextAreaField, Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { ProductPhoto } from "~/ui/product-photo";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("librarian.storefront.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library, libraries } = await requireLibrarian(request);
  return { library, libraries, curation: await getCuration(library.id) };
}

const id = z.string().min(1).max(64);
const kind = z.enum(["product", "producer"]);
const IntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("feature"), kind, id }),
  z.object({ intent: z.literal("unfeature"), kind, id }),
  z.object({ intent: z.literal("move"), kind, id, direction: z.enum(["up", "down"]) }),
  z.object({ intent: z.literal("hide") }),
  z.object({ intent: z.literal("unhide"), id }),
  z.object({ intent: z.literal("text") }),
  z.object({ intent: z.literal("bannerAlt"), bannerAlt: z.string().max(BANNER_ALT_MAX * 2) }),
  z.object({ intent: z.literal("bannerRemove") }),
  z.object({ intent: z.literal("bannerUpload") }),
]);

/** The banner photo's refusal, shown next to its field: the pipeline's reason or the form's. */
const bannerFailure = (error: BannerError, alt: string) =>
  data(
    {
      form: "banner",
      errors: {} as FieldErrors,
      banner: { field: error.field, reason: error.reason, image: error.isImageRejection },
      values: { bannerAlt: alt } as Record<string, string>,
    },
    400,
  );

/**
 * The banner upload: a multipart form, read with a size limit (scope first, so
 * a stranger's upload is never read), then CSRF, then the pipeline. Other
 * forms may arrive as multipart too; they carry no photo and go on as usual.
 */
async function readMultipart(request: Request) {
  await requireLibrarian(request);
  return parseBannerUpload(request);
}

export async function action({ request }: ActionFunctionArgs) {
  let formData: FormData;
  let photo: Uint8Array | null = null;
  if (request.headers.get("Content-Type")?.startsWith("multipart/form-data")) {
    try {
      ({ formData, photo } = await readMultipart(request));
    } catch (error) {
      if (error instanceof BannerError) return bannerFailure(error, "");
      throw error;
    }
  } else {
    formData = await request.formData();
  }
  await assertCsrf(request, formData);
  const { user, library } = await requireLibrarian(request);
  const fields = Object.fromEntries([...formData].filter(([, value]) => typeof value === "string")) as Record<
    string,
    string
  >;
  const parsed = IntentSchema.safeParse(fields);
  if (!parsed.success) throw new Response("bad request", { status: 400 });
  const actor = { actorId: user.id, libraryId: library.id };
  const done = (notice: string, anchor: string) =>
    redirect(`${workspaceHref(`/librarian/storefront?notice=${notice}`, library.slug)}#${anchor}`);
  try {
    const form = parsed.data;
    switch (form.intent) {
      case "feature":
        await feature(actor, form.kind, form.id);
        return done("saved", `featured-${form.kind}s`);
      case "unfeature":
        await unfeature(actor, form.kind, form.id);
        return done("saved", `featured-${form.kind}s`);
      case "move":
        await move(actor, form.kind, form.id, form.direction);
        return done("saved", `featured-${form.kind}s`);
      case "unhide":
        await unhideProduct(actor, form.id);
        return done("saved", "hidden");
      case "hide": {
        const hide = HideFormSchema.safeParse(fields);
        if (!hide.success) return data({ form: "hide", errors: fieldErrors(hide.error), values: fields }, 400);
        await hideProduct(actor, hide.data.productId, hide.data.reason);
        return done("saved", "hidden");
      }
      case "bannerUpload":
        await setBannerPhoto(actor, photo, fields.bannerAlt);
        return done("bannerSaved", "banner");
      case "bannerAlt":
        await updateBannerAlt(actor, form.bannerAlt);
        return done("bannerAltSaved", "banner");
      case "bannerRemove":
        await removeBannerPhoto(actor);
        return done("bannerRemoved", "banner");
      case "text": {
        const text = StorefrontTextSchema.safeParse(fields);
        if (!text.success) return data({ form: "text", errors: fieldErrors(text.error), values: fields }, 400);
        await updateStorefrontText(actor, text.data);
        return done("textSaved", "story");
      }
    }
  } catch (error) {
    if (error instanceof BannerError) return bannerFailure(error, fields.bannerAlt ?? "");
    // A product or producer of another library (a forged form) is refused outright.
    if (error instanceof CurationError) {
      if (error.reason === "notInLibrary") throw new Response("forbidden", { status: 403, statusText: "Forbidden" });
      return data({ form: "feature", errors: { form: error.reason } as FieldErrors, values: fields }, 409);
    }
    throw error;
  }
}

const BANNER_NOTICES: Record<string, string> = {
  bannerSaved: "librarianTools.banner.saved",
  bannerAltSaved: "librarianTools.banner.altSaved",
  bannerRemoved: "librarianTools.banner.removed",
};

type BannerFailure = { field: string; reason: string; image: boolean };

/** The banner photo: upload (multipart, works without JavaScript), its description, removal. */
function BannerPhotoSection({
  photo,
  failure,
  altValue,
}: {
  photo: {
    alt: string;
    storageKey: string;
    width: number;
    height: number;
    widths: number[];
    placeholder: string;
  } | null;
  failure?: BannerFailure;
  altValue?: string;
}) {
  const { t } = useTranslation();
  const message = (field: string) => {
    if (failure?.field !== field) return undefined;
    return failure.image
      ? t(`listings.errors.photo.${failure.reason}`)
      : t(`librarianTools.banner.errors.${failure.reason}`);
  };
  return (
    <section aria-labelledby="banner" className="space-y-3">
      <h2 id="banner" className="text-lg font-semibold">
        {t("librarianTools.banner.title")}
      </h2>
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
          error={message("bannerPhoto")}
          required
        />
        <Field
          name="bannerAlt"
          id="bannerAlt-upload"
          label={t("librarianTools.banner.alt")}
          hint={t("librarianTools.banner.altHint")}
          defaultValue={altValue ?? photo?.alt ?? ""}
          error={message("bannerAlt")}
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
              defaultValue={photo.alt}
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
    </section>
  );
}

type Item = { id: string; name: string; detail?: string };

/** Two producers may sell a "Dodol Durian": buttons name the producer too. */
const labelOf = (item: Item) => (item.detail ? `${item.name} — ${item.detail}` : item.name);

function FeaturedList({ kind, items, anchor }: { kind: "product" | "producer"; items: Item[]; anchor: string }) {
  const { t } = useTranslation();
  if (!items.length) return <p className="text-stone-700">{t("librarian.storefront.noneFeatured")}</p>;
  const hidden = (name: string, value: string) => <input type="hidden" name={name} value={value} />;
  return (
    <ol className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white" data-testid={anchor}>
      {items.map((item, index) => (
        <li key={item.id} className="flex flex-wrap items-center gap-2 p-3">
          <span className="w-6 text-stone-700">{index + 1}.</span>
          <span className="min-w-0 flex-1">
            <span className="font-medium">{item.name}</span>
            {item.detail ? <span className="block text-sm text-stone-700">{item.detail}</span> : null}
          </span>
          <Form method="post" className="flex gap-1">
            <CsrfInput />
            {hidden("kind", kind)}
            {hidden("id", item.id)}
            {hidden("intent", "move")}
            <button
              type="submit"
              name="direction"
              value="up"
              disabled={index === 0}
              aria-label={t("librarian.storefront.moveUp", { name: labelOf(item) })}
              className={`${secondaryButtonClass} disabled:opacity-40`}
            >
              ↑ {t("librarian.storefront.up")}
            </button>
            <button
              type="submit"
              name="direction"
              value="down"
              disabled={index === items.length - 1}
              aria-label={t("librarian.storefront.moveDown", { name: labelOf(item) })}
              className={`${secondaryButtonClass} disabled:opacity-40`}
            >
              ↓ {t("librarian.storefront.down")}
            </button>
          </Form>
          <Form method="post">
            <CsrfInput />
            {hidden("kind", kind)}
            {hidden("id", item.id)}
            <button
              type="submit"
              name="intent"
              value="unfeature"
              aria-label={t("librarian.storefront.remove", { name: labelOf(item) })}
              className={secondaryButtonClass}
            >
              {t("librarian.storefront.unfeature")}
            </button>
          </Form>
        </li>
      ))}
    </ol>
  );
}

function AddFeature({ kind, options }: { kind: "product" | "producer"; options: Item[] }) {
  const { t } = useTranslation();
  if (!options.length) return null;
  const label = kind === "product" ? t("librarian.storefront.addProduct") : t("librarian.storefront.addProducer");
  return (
    <Form method="post" className="flex flex-wrap items-end gap-2">
      <CsrfInput />
      <input type="hidden" name="kind" value={kind} />
      <div className="min-w-0 flex-1">
        <SelectField name="id" id={`add-${kind}`} label={label}>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {labelOf(option)}
            </option>
          ))}
        </SelectField>
      </div>
      <button type="submit" name="intent" value="feature" className={buttonClass}>
        {t("librarian.storefront.add")}
      </button>
    </Form>
  );
}

export default function StorefrontCuration() {
  const { library, libraries, curation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const notice = searchParams.get("notice");
  const errorOf = (form: string, field: string) => {
    const key = actionData?.form === form ? actionData.errors[field] : undefined;
    return key ? t(`librarian.errors.${key}`) : undefined;
  };
  const values = actionData?.values ?? {};
  const bannerResult = actionData as { banner?: BannerFailure; values?: Record<string, string> } | undefined;
  const product = (p: { id: string; title: string; producer: { businessName: string } }): Item => ({
    id: p.id,
    name: p.title,
    detail: p.producer.businessName,
  });
  const producer = (p: { id: string; businessName: string }): Item => ({ id: p.id, name: p.businessName });
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("librarian.storefront.title")}</h1>
        <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian/storefront" />
        <p>{t("librarian.storefront.intro")}</p>
        <Link to={`/libraries/${library.slug}`} className="underline">
          {t("librarian.storefront.view")}: {library.name}
        </Link>
        {notice === "saved" ? <Notice>{t("librarian.storefront.saved")}</Notice> : null}
        {notice === "textSaved" ? <Notice>{t("librarian.storefront.textSaved")}</Notice> : null}
        {notice && BANNER_NOTICES[notice] ? <Notice>{t(BANNER_NOTICES[notice])}</Notice> : null}
        {errorOf("feature", "form") ? (
          <p role="alert" className="font-medium text-red-800">
            {errorOf("feature", "form")}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="featured-products" className="space-y-3">
        <h2 id="featured-products" className="text-lg font-semibold">
          {t("librarian.storefront.featuredProducts")}
        </h2>
        <p className="text-sm text-stone-700">{t("librarian.storefront.featuredProductsHint")}</p>
        <FeaturedList kind="product" items={curation.featuredProducts.map(product)} anchor="featured-product-list" />
        <AddFeature kind="product" options={curation.otherProducts.map(product)} />
      </section>

      <section aria-labelledby="featured-producers" className="space-y-3">
        <h2 id="featured-producers" className="text-lg font-semibold">
          {t("librarian.storefront.featuredProducers")}
        </h2>
        <FeaturedList
          kind="producer"
          items={curation.featuredProducers.map(producer)}
          anchor="featured-producer-list"
        />
        <AddFeature kind="producer" options={curation.otherProducers.map(producer)} />
      </section>

      <BannerPhotoSection
        photo={curation.library.bannerPhoto}
        failure={bannerResult?.banner}
        altValue={bannerResult?.banner ? bannerResult.values?.bannerAlt : undefined}
      />

      <section aria-labelledby="story" className="space-y-3">
        <h2 id="story" className="text-lg font-semibold">
          {t("librarian.storefront.textTitle")}
        </h2>
        <Form method="post" className="space-y-4">
          <CsrfInput />
          <input type="hidden" name="intent" value="text" />
          <Field
            name="bannerText"
            label={t("librarian.storefront.bannerText")}
            hint={t("librarian.storefront.bannerHint")}
            defaultValue={values.bannerText ?? curation.library.bannerText}
            error={errorOf("text", "bannerText")}
            maxLength={160}
          />
          <TextAreaField
            name="story"
            label={t("librarian.storefront.story")}
            hint={t("librarian.storefront.storyHint")}
            defaultValue={values.story ?? curation.library.story}
            error={errorOf("text", "story")}
            rows={6}
            maxLength={4000}
          />
          <button type="submit" className={buttonClass}>
            {t("librarian.storefront.saveText")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="hidden" className="space-y-3">
        <h2 id="hidden" className="text-lg font-semibold">
          {t("librarian.storefront.hideTitle")}
        </h2>
        <p className="text-sm text-stone-700">{t("librarian.storefront.hideIntro")}</p>
        {curation.otherProducts.length || curation.featuredProducts.length ? (
          <Form method="post" className="space-y-4">
            <CsrfInput />
            <SelectField
              name="productId"
              id="hide-product"
              label={t("librarian.storefront.pickProduct")}
              defaultValue={values.productId}
            >
              {[...curation.featuredProducts, ...curation.otherProducts].map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title} — {p.producer.businessName}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              name="reason"
              label={t("librarian.storefront.hideReason")}
              hint={t("librarian.storefront.hideReasonHint")}
              defaultValue={values.reason}
              error={errorOf("hide", "reason")}
              rows={3}
              maxLength={500}
              required
            />
            <button type="submit" name="intent" value="hide" className={buttonClass}>
              {t("librarian.storefront.hide")}
            </button>
          </Form>
        ) : null}
        {curation.hidden.length ? (
          <>
            <h3 className="font-semibold">{t("librarian.storefront.hiddenList")}</h3>
            <ul className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white">
              {curation.hidden.map((hidden) => (
                <li key={hidden.product.id} className="flex flex-wrap items-start gap-2 p-3">
                  <span className="min-w-0 flex-1">
                    <span className="font-medium">{hidden.product.title}</span>
                    <span className="block text-sm text-stone-700">
                      {hidden.product.producer.businessName}
                      {hidden.hiddenBy
                        ? ` · ${t("librarian.storefront.hiddenBy", { name: hidden.hiddenBy.name })}`
                        : ""}
                    </span>
                    <span className="block">“{hidden.reason}”</span>
                  </span>
                  <Form method="post">
                    <CsrfInput />
                    <input type="hidden" name="id" value={hidden.product.id} />
                    <button type="submit" name="intent" value="unhide" className={secondaryButtonClass}>
                      {t("librarian.storefront.unhide")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
