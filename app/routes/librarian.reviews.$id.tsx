import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { z } from "zod";
import { requireLibrarian } from "~/accounts/scope.server";
import { ListingError } from "~/catalog/listings/errors";
import { httpErrorFor } from "~/platform/http-errors";
import { TextAreaField } from "~/ui/field";
import { ComplianceWarnings } from "~/catalog/listings/listing-status";
import { REVIEW_COMMENT_MAX } from "~/catalog/listings/limits";
import { ListingPageHeader } from "~/catalog/listings/listing-page-header";
import { getListingForReview, publishListing, requestChanges } from "~/catalog/listings/review.server";
import { parseForm } from "~/platform/form.server";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { Alert } from "~/ui/notice";
import { Price } from "~/ui/price";
import { ProductPhoto } from "~/ui/product-photo";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: loaderData?.listing.title ?? t("listings.review.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireLibrarian(request);
  try {
    return { listing: await getListingForReview(user, params.id ?? "") };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

const Decision = z.object({
  intent: z.enum(["publish", "changes"]),
  comment: z
    .string()
    .max(REVIEW_COMMENT_MAX * 2)
    .default(""),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireLibrarian(request);
  const form = await parseForm(request, Decision);
  if (!form.ok) return data({ error: "notInReview" }, 400);
  const { intent, comment } = form.data;
  const id = params.id ?? "";
  try {
    if (intent === "publish") await publishListing(user, id);
    else await requestChanges(user, id, comment);
  } catch (error) {
    if (error instanceof ListingError) return data({ error: error.code }, 400);
    throw httpErrorFor(error);
  }
  return redirect(`/librarian/reviews?done=${intent}`);
}

export default function ReviewListing() {
  const { listing } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const language = useLanguage();
  const details = [
    [t("listings.form.category"), language === "en" ? listing.category.nameEn : listing.category.nameId],
    [t("listings.form.pickupLibrary"), listing.pickupLibrary.name],
    [t("listings.form.foodKind"), listing.foodKind ? t(`listings.form.foodKinds.${listing.foodKind}`) : null],
    [t("listings.form.weightGrams"), listing.weightGrams?.toString()],
    [t("listings.form.shelfLifeDays"), listing.shelfLifeDays?.toString()],
    [t("listings.form.packaging"), listing.packaging],
    [t("listings.form.ingredients"), listing.ingredients],
    [t("listings.form.allergens"), listing.allergens],
    [t("listings.form.pirtNumber"), listing.pirtNumber],
    [t("listings.form.bpomNumber"), listing.bpomNumber],
    [t("listings.form.halalCertNumber"), listing.halalCertNumber],
  ].filter((row): row is [string, string] => Boolean(row[1]));
  return (
    <article className="space-y-4">
      <ListingPageHeader back={{ to: "/librarian/reviews", label: t("listings.review.back") }} title={listing.title}>
        <p>{t("listings.review.by", { producer: listing.producer.businessName })}</p>
      </ListingPageHeader>
      {actionData?.error ? <Alert>{t(`listings.errors.${actionData.error}`)}</Alert> : null}
      <ComplianceWarnings warnings={listing.warnings} />
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {listing.images.map((image) => (
          <li key={image.id}>
            <ProductPhoto
              photo={image}
              sizes="(min-width: 640px) 25vw, 50vw"
              className="aspect-square w-full rounded object-cover"
            />
          </li>
        ))}
      </ul>
      <ul className="divide-brand-100 border-brand-100 divide-y rounded-lg border bg-white">
        {listing.variants.map((variant) => (
          <li key={variant.id} className="flex justify-between gap-3 px-4 py-2">
            <span>{variant.name}</span>
            <span>
              <Price amountIdr={variant.priceIdr} /> · {t("product.stock")} {variant.stock}
            </span>
          </li>
        ))}
      </ul>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {details.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="whitespace-pre-line">{listing.description}</p>
      {listing.status === "IN_REVIEW" ? (
        <div className="space-y-4">
          <Form method="post">
            <CsrfInput />
            <button type="submit" name="intent" value="publish" className={buttonClass}>
              {t("listings.review.publish")}
            </button>
          </Form>
          <Form method="post" className="space-y-2">
            <CsrfInput />
            <TextAreaField
              name="comment"
              label={t("listings.review.comment")}
              maxLength={REVIEW_COMMENT_MAX}
              rows={3}
            />
            <button type="submit" name="intent" value="changes" className={`${secondaryButtonClass} py-2`}>
              {t("listings.review.requestChanges")}
            </button>
          </Form>
        </div>
      ) : null}
    </article>
  );
}
