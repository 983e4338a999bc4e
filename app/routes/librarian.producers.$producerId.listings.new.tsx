// Assisted listing, new: the librarian fills in the producer's listing with
// them (or after a phone call) and records their consent. The same form and
// the same createListing as the producer's own page; consent and audit are
// written in its transaction.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireUser } from "~/accounts/scope.server";
import { listingFormOptions } from "~/catalog/listings/listings.server";
import { AssistedListingForm, AssistedPageHeader } from "~/libraries/assisted-listing-page";
import {
  assistedFormDefaults,
  assistedProducer,
  createAssistedListing,
  readAssistedListingForm,
} from "~/libraries/assisted-listings.server";
import { httpErrorFor } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({
    title: t("librarianTools.assisted.newTitle", { producer: data?.producer.businessName ?? "" }),
  }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  try {
    const producer = await assistedProducer(user, params.producerId ?? "");
    return { ...assistedFormDefaults(producer), options: await listingFormOptions(producer.id) };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  try {
    const producer = await assistedProducer(user, params.producerId ?? "");
    const { echo, ...form } = await readAssistedListingForm(request, producer);
    if (!form.ok) return data({ errors: form.errors, ...echo }, 400);
    const result = await createAssistedListing(user, producer.id, form.data);
    if (!result.ok) return data({ errors: result.errors, ...echo }, 400);
    return redirect(`/librarian/producers/${producer.id}/listings?done=created`);
  } catch (error) {
    throw httpErrorFor(error);
  }
}

export default function NewAssistedListing() {
  const { producer, options, consent, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="max-w-3xl space-y-4">
      <AssistedPageHeader
        producer={producer}
        title={t("librarianTools.assisted.newTitle", { producer: producer.businessName })}
      />
      <AssistedListingForm
        options={options}
        values={actionData?.values}
        consent={actionData?.consent ?? consent}
        today={today}
        errors={actionData?.errors}
        submitLabel={t("listings.form.create")}
      />
    </div>
  );
}
