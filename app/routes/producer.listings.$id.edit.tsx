import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListingError } from "~/catalog/listings/errors";
import { httpErrorFor } from "~/platform/http-errors";
import { ListingForm } from "~/catalog/listings/listing-form";
import { listingFormValues, listingToFormValues } from "~/catalog/listings/listing-input";
import { getOwnListing, listingFormOptions, updateListing } from "~/catalog/listings/listings.server";
import { assertCsrf } from "~/platform/csrf.server";
import { requireProducer } from "~/accounts/scope.server";
import { pageMeta } from "~/ui/meta";

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
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const values = listingFormValues(formData);
  try {
    const result = await updateListing(producer.id, params.id ?? "", values);
    if (!result.ok) return data({ errors: result.errors, values }, 400);
    return redirect(
      `/producer/listings/${result.productId}?done=${result.backToReview ? "savedBackToReview" : "saved"}`,
    );
  } catch (error) {
    if (error instanceof ListingError)
      return data({ errors: { form: error.code } as Record<string, string>, values }, 400);
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
      <p className="text-sm">
        <Link to={`/producer/listings/${id}`} className="underline">
          {title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("listings.editTitle")}</h1>
      {formError ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900">
          {t(`listings.errors.${formError}`)}
        </p>
      ) : null}
      <ListingForm
        options={options}
        values={actionData?.values ?? values}
        errors={actionData?.errors}
        submitLabel={t("listings.form.save")}
      />
    </div>
  );
}
