// Assisted listing, edit: the same form and updateListing as the producer's
// own edit page, with the producer's consent recorded for this change.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireUser } from "~/accounts/scope.server";
import { ListingError } from "~/catalog/listings/errors";
import { listingToFormValues } from "~/catalog/listings/listing-input";
import { getOwnListing, listingFormOptions } from "~/catalog/listings/listings.server";
import { AssistedListingForm, AssistedPageHeader } from "~/libraries/assisted-listing-page";
import {
  assistedFormDefaults,
  assistedListing,
  readAssistedListingForm,
  updateAssistedListing,
} from "~/libraries/assisted-listings.server";
import { httpErrorFor } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({
    title: t("librarianTools.assisted.editTitle", { producer: data?.producer.businessName ?? "" }),
  }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  try {
    const producer = await assistedListing(user, params.producerId ?? "", params.productId ?? "");
    const [listing, options] = await Promise.all([
      getOwnListing(producer.id, params.productId ?? ""),
      listingFormOptions(producer.id),
    ]);
    return {
      ...assistedFormDefaults(producer),
      listing: { id: listing.id, title: listing.title },
      values: listingToFormValues(listing),
      options,
    };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const productId = params.productId ?? "";
  try {
    const producer = await assistedListing(user, params.producerId ?? "", productId);
    const { echo, ...form } = await readAssistedListingForm(request, producer);
    if (!form.ok) return data({ errors: form.errors, ...echo }, 400);
    const result = await updateAssistedListing(user, producer.id, productId, form.data).catch((error: unknown) => {
      if (error instanceof ListingError) return { ok: false as const, errors: { form: error.code } };
      throw error;
    });
    if (!result.ok) return data({ errors: result.errors, ...echo }, 400);
    const done = result.backToReview ? "savedBackToReview" : "saved";
    return redirect(`/librarian/producers/${producer.id}/listings?done=${done}`);
  } catch (error) {
    throw httpErrorFor(error);
  }
}

export default function EditAssistedListing() {
  const { producer, listing, values, options, consent, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="max-w-3xl space-y-4">
      <AssistedPageHeader
        producer={producer}
        title={t("librarianTools.assisted.editTitle", { producer: producer.businessName })}
      >
        <p className="font-medium">{listing.title}</p>
      </AssistedPageHeader>
      <AssistedListingForm
        options={options}
        values={actionData?.values ?? values}
        consent={actionData?.consent ?? consent}
        today={today}
        errors={actionData?.errors}
        submitLabel={t("listings.form.save")}
      />
    </div>
  );
}
