// The librarian's assisted listing pages (new, edit, photos) share their top
// (the way back to the producer's listings) and their form: the producer's
// consent above the same listing form producers use, with one alert for the
// whole form.
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { ListingForm } from "~/catalog/listings/listing-form";
import type { ListingFormValues } from "~/catalog/listings/listing-input";
import { ListingPageHeader } from "~/catalog/listings/listing-page-header";
import { Alert } from "~/ui/notice";
import { ConsentFields, type ConsentFieldValues, splitConsentErrors } from "./consent-fields";

type AssistedProducer = { id: string; businessName: string };

export function AssistedPageHeader({
  producer,
  title,
  children,
}: {
  producer: AssistedProducer;
  title: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const back = {
    to: `/librarian/producers/${producer.id}/listings`,
    label: t("librarianTools.assisted.backToList", { producer: producer.businessName }),
  };
  return (
    <ListingPageHeader back={back} title={title}>
      {children}
    </ListingPageHeader>
  );
}

/** A refused assisted form: the reason when the whole form was refused (a listing error code), else "fix the marked fields". */
export function AssistedRefusal({ code }: { code?: string }) {
  const { t } = useTranslation();
  return <Alert>{code ? t(`listings.errors.${code}`) : t("librarianTools.assisted.fixBelow")}</Alert>;
}

export function AssistedListingForm({
  options,
  values,
  consent,
  today,
  errors,
  submitLabel,
}: {
  options: Parameters<typeof ListingForm>[0]["options"];
  values?: ListingFormValues;
  consent: ConsentFieldValues;
  today: string;
  /** The form helper's field errors of the listing and the consent together; `form` for the whole form. */
  errors?: Partial<Record<string, string>>;
  submitLabel: string;
}) {
  const split = splitConsentErrors(errors);
  return (
    <>
      {errors ? <AssistedRefusal code={split.listing.form} /> : null}
      <ListingForm options={options} values={values} errors={split.listing} submitLabel={submitLabel}>
        <ConsentFields values={consent} errors={split.consent} today={today} />
      </ListingForm>
    </>
  );
}
