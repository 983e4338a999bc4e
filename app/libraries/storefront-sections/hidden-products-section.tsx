// Products hidden from the storefront on the curation page: hide one with a
// reason its producer reads, and the list of hidden ones to show again.
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { SelectField, TextAreaField } from "~/ui/field";
import { PageSection } from "~/ui/page-section";
import { useErrorText } from "~/ui/use-error-text";
import type { Refusal } from "./refusal";

type Product = { id: string; title: string; producer: { businessName: string } };

export function HiddenProductsSection({
  products,
  hidden,
  refusal,
}: {
  /** What may be hidden: the library's products on show. */
  products: Product[];
  hidden: { reason: string; hiddenBy: { name: string } | null; product: Product }[];
  refusal?: Refusal;
}) {
  const { t } = useTranslation();
  const error = useErrorText(refusal?.errors);
  return (
    <PageSection id="hidden" title={t("librarian.storefront.hideTitle")} className="space-y-3">
      <p className="text-sm text-stone-700">{t("librarian.storefront.hideIntro")}</p>
      {products.length ? (
        <Form method="post" className="space-y-4">
          <CsrfInput />
          <SelectField
            name="productId"
            id="hide-product"
            label={t("librarian.storefront.pickProduct")}
            defaultValue={refusal?.values.productId}
          >
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} — {p.producer.businessName}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            name="reason"
            label={t("librarian.storefront.hideReason")}
            hint={t("librarian.storefront.hideReasonHint")}
            defaultValue={refusal?.values.reason}
            error={error("reason")}
            rows={3}
            maxLength={500}
            required
          />
          <button type="submit" name="intent" value="hide" className={buttonClass}>
            {t("librarian.storefront.hide")}
          </button>
        </Form>
      ) : null}
      {hidden.length ? (
        <>
          <h3 className="font-semibold">{t("librarian.storefront.hiddenList")}</h3>
          <ul className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white">
            {hidden.map(({ product, hiddenBy, reason }) => (
              <li key={product.id} className="flex flex-wrap items-start gap-2 p-3">
                <span className="min-w-0 flex-1">
                  <span className="font-medium">{product.title}</span>
                  <span className="block text-sm text-stone-700">
                    {product.producer.businessName}
                    {hiddenBy ? ` · ${t("librarian.storefront.hiddenBy", { name: hiddenBy.name })}` : ""}
                  </span>
                  <span className="block">“{reason}”</span>
                </span>
                <Form method="post">
                  <CsrfInput />
                  <input type="hidden" name="id" value={product.id} />
                  <button type="submit" name="intent" value="unhide" className={secondaryButtonClass}>
                    {t("librarian.storefront.unhide")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </PageSection>
  );
}
