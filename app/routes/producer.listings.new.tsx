import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireProducer } from "~/accounts/scope.server";
import { ListingForm } from "~/catalog/listings/listing-form";
import { createListing, listingFormOptions, readListingForm } from "~/catalog/listings/listings.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("listings.newTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  return { options: await listingFormOptions(producer.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { producer } = await requireProducer(request);
  const { values, ...form } = await readListingForm(request);
  if (!form.ok) return data({ errors: form.errors, values }, 400);
  const result = await createListing(producer.id, form.data);
  if (!result.ok) return data({ errors: result.errors, values }, 400);
  // Photos next: a listing is submitted for review once it has at least one.
  return redirect(`/producer/listings/${result.productId}/photos`);
}

export default function NewListing() {
  const { options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("listings.newTitle")}</h1>
      <ListingForm
        options={options}
        values={actionData?.values}
        errors={actionData?.errors}
        submitLabel={t("listings.form.create")}
      />
    </div>
  );
}
