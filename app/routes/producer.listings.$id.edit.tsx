import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireProducer } from "~/accounts/scope.server";
import { ListingError } from "~/catalog/listings/errors";
import { ListingForm } from "~/catalog/listings/listing-form";
import { listingToFormValues } from "~/catalog/listings/listing-input";
import { ListingPageHeader } from "~/catalog/listings/listing-page-header";
import { getOwnListing, listingFormOptions, readListingForm, updateListing } from "~/catalog/listings/listings.server";
import { httpErrorFor } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";
import { Alert } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("listings.editTitle") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  try {
    const [listing, options] = await Promise.all([
      getOwnListing(producer.id, params.id ?? ""),
      listingFormOptions(producer.id),
    ]);
    return { id: listing.id, title: listing.title, values: listingToFormValues(listing), options };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { producer } = await requireProducer(request);
  const { values, ...form } = await readListingForm(request);
  if (!form.ok) return data({ errors: form.errors, values }, 400);
  try {
    const result = await updateListing(producer.id, params.id ?? "", form.data);
    if (!result.ok) return data({ errors: result.errors, values }, 400);
    const done = result.backToReview ? "savedBackToReview" : "saved";
    return redirect(`/producer/listings/${result.productId}?done=${done}`);
  } catch (error) {
    if (error instanceof ListingError) return data({ errors: { form: error.code }, values }, 400);
    throw httpErrorFor(error);
  }
}

export default function EditListing() {
  const { id, title, values, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const formError = actionData?.errors.form;
  return (
    <div className="space-y-4">
      <ListingPageHeader back={{ to: `/producer/listings/${id}`, label: title }} title={t("listings.editTitle")} />
      {formError ? <Alert>{t(`listings.errors.${formError}`)}</Alert> : null}
      <ListingForm
        options={options}
        values={actionData?.values ?? values}
        errors={actionData?.errors}
        submitLabel={t("listings.form.save")}
      />
    </div>
  );
}
