// Storefront curation of /libraries/:slug: featured products and producers in
// their order, the banner photo, the headline and story, hidden products. Each
// section is a component of libraries/storefront-sections; each form names its
// intent, and the action hands it to curation.server or banner.server.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import {
  BannerError,
  type BannerUpload,
  parseBannerUpload,
  removeBannerPhoto,
  setBannerPhoto,
  updateBannerAlt,
} from "~/libraries/banner.server";
import {
  CurationError,
  feature,
  getCuration,
  hideProduct,
  move,
  unfeature,
  unhideProduct,
  updateStorefrontText,
} from "~/libraries/curation.server";
import { isTypedFieldRefusal, StorefrontFormSchema } from "~/libraries/storefront-form.server";
import { storefrontShareList } from "~/catalog/share-card.server";
import { ShareCardsSection } from "~/libraries/storefront-sections/share-cards-section";
import { BannerPhotoSection } from "~/libraries/storefront-sections/banner-photo-section";
import { FeaturedSection, producerItem, productItem } from "~/libraries/storefront-sections/featured-section";
import { HiddenProductsSection } from "~/libraries/storefront-sections/hidden-products-section";
import { StorySection } from "~/libraries/storefront-sections/story-section";
import { workspaceHref } from "~/libraries/workspace-href";
import { LibrarySwitcher } from "~/libraries/workspace-ui";
import { type FieldErrors, formValues, type FormValues, parseFormData, readForm } from "~/platform/form.server";
import { badRequest, httpErrorFor } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";
import { Alert, Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("librarian.storefront.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library, libraries } = await requireLibrarian(request);
  const [curation, shareable] = await Promise.all([getCuration(library.id), storefrontShareList(request, library.id)]);
  // issue 19: the share cards section needs only each product's slug and title.
  return { library, libraries, curation, shareable: shareable.map(({ slug, title }) => ({ slug, title })) };
}

/** A refused form goes back to the page with its errors; `form` names the section that shows them (its intent). */
const refused = (form: string, errors: FieldErrors, values: FormValues = {}, status = 400) =>
  data({ form, errors, values }, status);

export async function action({ request }: ActionFunctionArgs) {
  // Scope first, so a stranger's upload is never read.
  const { user, library } = await requireLibrarian(request);
  const actor = { actorId: user.id, libraryId: library.id };
  // The banner upload is multipart, read with a size limit; other forms may come as multipart too.
  let upload: BannerUpload | undefined;
  if (request.headers.get("Content-Type")?.startsWith("multipart/form-data")) {
    try {
      upload = await parseBannerUpload(request);
    } catch (error) {
      if (error instanceof BannerError) return refused("bannerUpload", error.fieldErrors);
      throw error;
    }
  }
  const parsed = parseFormData(await readForm(request, { formData: upload?.formData }), StorefrontFormSchema);
  if (!parsed.ok) {
    if (!isTypedFieldRefusal(parsed.errors)) throw badRequest();
    return refused(parsed.values.intent ?? "", parsed.errors, parsed.values);
  }
  const form = parsed.data;
  const done = (notice: string, anchor: string) =>
    redirect(`${workspaceHref(`/librarian/storefront?notice=${notice}`, library.slug)}#${anchor}`);
  try {
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
      case "hide":
        await hideProduct(actor, form.productId, form.reason);
        return done("saved", "hidden");
      case "unhide":
        await unhideProduct(actor, form.id);
        return done("saved", "hidden");
      case "text":
        await updateStorefrontText(actor, { bannerText: form.bannerText, story: form.story });
        return done("textSaved", "story");
      case "bannerUpload":
        await setBannerPhoto(actor, upload?.photo ?? null, form.bannerAlt);
        return done("bannerSaved", "banner");
      case "bannerAlt":
        await updateBannerAlt(actor, form.bannerAlt);
        return done("bannerAltSaved", "banner");
      case "bannerRemove":
        await removeBannerPhoto(actor);
        return done("bannerRemoved", "banner");
    }
  } catch (error) {
    const values = formValues(parsed.formData);
    if (error instanceof BannerError) return refused(form.intent, error.fieldErrors, values);
    if (error instanceof CurationError) return refused("feature", error.fieldErrors, values, 409);
    // A product or producer of another library (a forged form) is refused outright: 403.
    throw httpErrorFor(error);
  }
}

const NOTICES: Record<string, string> = {
  saved: "librarian.storefront.saved",
  textSaved: "librarian.storefront.textSaved",
  bannerSaved: "librarianTools.banner.saved",
  bannerAltSaved: "librarianTools.banner.altSaved",
  bannerRemoved: "librarianTools.banner.removed",
};

export default function StorefrontCuration() {
  const { library, libraries, curation, shareable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const notice = NOTICES[useSearchParams()[0].get("notice") ?? ""];
  const { t } = useTranslation();
  const refusalOf = (form: string) => (actionData?.form === form ? actionData : undefined);
  const featureRefusal = refusalOf("feature")?.errors.form;
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("librarian.storefront.title")}</h1>
        <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian/storefront" />
        <p>{t("librarian.storefront.intro")}</p>
        <Link to={`/libraries/${library.slug}`} className="underline">
          {t("librarian.storefront.view")}: {library.name}
        </Link>
        {notice ? <Notice>{t(notice)}</Notice> : null}
        {featureRefusal ? <Alert>{t(featureRefusal)}</Alert> : null}
      </div>
      <FeaturedSection
        kind="product"
        items={curation.featuredProducts.map(productItem)}
        options={curation.otherProducts.map(productItem)}
      />
      <FeaturedSection
        kind="producer"
        items={curation.featuredProducers.map(producerItem)}
        options={curation.otherProducers.map(producerItem)}
      />
      <BannerPhotoSection
        photo={curation.library.bannerPhoto}
        upload={refusalOf("bannerUpload")}
        edit={refusalOf("bannerAlt")}
      />
      <StorySection library={curation.library} refusal={refusalOf("text")} />
      <HiddenProductsSection
        products={[...curation.featuredProducts, ...curation.otherProducts]}
        hidden={curation.hidden}
        refusal={refusalOf("hide")}
      />
      <ShareCardsSection librarySlug={library.slug} products={shareable} />
    </div>
  );
}
