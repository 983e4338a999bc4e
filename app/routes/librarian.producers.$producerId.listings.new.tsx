// Assisted listing, new: the librarian fills in the producer's listing with
// them (or after a phone call) and records their consent. The same form and
// the same createListing as the producer's own page; consent and audit are
// written in its transaction.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/accounts/scope.server";
import { httpErrorFor } from "~/platform/http-errors";
import { ListingForm } from "~/catalog/listings/listing-form";
import { listingFormValues } from "~/catalog/listings/listing-input";
import { listingFormOptions } from "~/catalog/listings/listings.server";
import { assistedProducer, consentFormValues, createAssistedListing } from "~/libraries/assisted-listings.server";
import { ConsentFields, splitConsentErrors } from "~/libraries/consent-fields";
import { todayIn } from "~/libraries/library-dates";
import { CONSENT_MAX_DAYS } from "~/libraries/limits";
import { assertCsrf } from "~/platform/csrf.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({
    title: t("librarianTools.assisted.newTitle", { producer: data?.producer.businessName ?? "" }),
  }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  try {
    const producer = await assistedProducer(user, params.producerId ?? "");
    const today = todayIn(producer.homeLibrary.timeZone);
    return {
      producer: { id: producer.id, businessName: producer.businessName },
      options: await listingFormOptions(producer.id),
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
    const result = await createAssistedListing(user, producerId, values, consent);
    if (!result.ok) return data({ errors: result.errors, values, consent }, 400);
    return redirect(`/librarian/producers/${producerId}/listings?done=created`);
  } catch (error) {
    throw httpErrorFor(error);
  }
}

export default function NewAssistedListing() {
  const { producer, options, consent, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors = splitConsentErrors(actionData?.errors);
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link to={`/librarian/producers/${producer.id}/listings`} className="underline">
          {t("librarianTools.assisted.backToList", { producer: producer.businessName })}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t("librarianTools.assisted.newTitle", { producer: producer.businessName })}
      </h1>
      {actionData ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900">
          {t("librarianTools.assisted.fixBelow")}
        </p>
      ) : null}
      <ListingForm
        options={options}
        values={actionData?.values}
        errors={errors.listing}
        submitLabel={t("listings.form.create")}
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
