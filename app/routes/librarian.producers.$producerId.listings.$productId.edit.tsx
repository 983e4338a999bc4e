// Assisted listing, edit: the same form and updateListing as the producer's
// own edit page, with the producer's consent recorded for this change.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/accounts/scope.server";
import { ListingError } from "~/catalog/listings/errors";
import { httpErrorFor } from "~/platform/http-errors";
import { ListingForm } from "~/catalog/listings/listing-form";
import { listingFormValues, listingToFormValues } from "~/catalog/listings/listing-input";
import { getOwnListing, listingFormOptions } from "~/catalog/listings/listings.server";
import { assistedListing, consentFormValues, updateAssistedListing } from "~/libraries/assisted-listings.server";
import { ConsentFields, splitConsentErrors } from "~/libraries/consent-fields";
import { todayIn } from "~/libraries/library-dates";
import { CONSENT_MAX_DAYS } from "~/libraries/limits";
import { assertCsrf } from "~/platform/csrf.server";
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
    const today = todayIn(producer.homeLibrary.timeZone);
    return {
      producer: { id: producer.id, businessName: producer.businessName },
      listing: { id: listing.id, title: listing.title },
      values: listingToFormValues(listing),
      options,
      consent: { consentName: producer.user.name, consentMethod: "", consentGivenOn: today },
      today,
    };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const producerId = params.producerId ?? "";
  const values = listingFormValues(formData);
  const consent = consentFormValues(formData);
  try {
    const result = await updateAssistedListing(user, producerId, params.productId ?? "", values, consent);
    if (!result.ok) return data({ errors: result.errors, values, consent }, 400);
    const done = result.backToReview ? "savedBackToReview" : "saved";
    return redirect(`/librarian/producers/${producerId}/listings?done=${done}`);
  } catch (error) {
    if (error instanceof ListingError) {
      return data({ errors: { form: error.code } as Record<string, string>, values, consent }, 400);
    }
    throw httpErrorFor(error);
  }
}

export default function EditAssistedListing() {
  const { producer, listing, values, options, consent, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors = splitConsentErrors(actionData?.errors);
  const formError = errors.listing.form;
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link to={`/librarian/producers/${producer.id}/listings`} className="underline">
          {t("librarianTools.assisted.backToList", { producer: producer.businessName })}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t("librarianTools.assisted.editTitle", { producer: producer.businessName })}
      </h1>
      <p className="font-medium">{listing.title}</p>
      {actionData ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900">
          {formError ? t(`listings.errors.${formError}`) : t("librarianTools.assisted.fixBelow")}
        </p>
      ) : null}
      <ListingForm
        options={options}
        values={actionData?.values ?? values}
        errors={errors.listing}
        submitLabel={t("listings.form.save")}
      >
        <ConsentFields
          values={actionData?.consent ?? consent}
          errors={errors.consent}
          maxDays={CONSENT_MAX_DAYS}
          today={today}
        />
      </ListingForm>
    </div>
  );
}
