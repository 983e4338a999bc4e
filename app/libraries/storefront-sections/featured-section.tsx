// A featured list of the curation page, products or producers: the order the
// storefront shows them in, moved up and down or taken off with a button each,
// and a picker to add one more. Plain forms: they work without JavaScript.
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { SelectField } from "~/ui/field";
import { PageSection } from "~/ui/page-section";
import type { FeatureKind } from "../curation.server";

export type CurationItem = { id: string; name: string; detail?: string };

export const productItem = (p: { id: string; title: string; producer: { businessName: string } }): CurationItem => ({
  id: p.id,
  name: p.title,
  detail: p.producer.businessName,
});

export const producerItem = (p: { id: string; businessName: string }): CurationItem => ({
  id: p.id,
  name: p.businessName,
});

/** Two producers may sell a "Dodol Durian": buttons name the producer too. */
const labelOf = (item: CurationItem) => (item.detail ? `${item.name} — ${item.detail}` : item.name);

const TITLES = {
  product: "librarian.storefront.featuredProducts",
  producer: "librarian.storefront.featuredProducers",
} as const;

/** `items` in their storefront order; `options` what may still be added. */
export function FeaturedSection({
  kind,
  items,
  options,
}: {
  kind: FeatureKind;
  items: CurationItem[];
  options: CurationItem[];
}) {
  const { t } = useTranslation();
  return (
    <PageSection id={`featured-${kind}s`} title={t(TITLES[kind])} className="space-y-3">
      {kind === "product" ? (
        <p className="text-sm text-stone-700">{t("librarian.storefront.featuredProductsHint")}</p>
      ) : null}
      <FeaturedList kind={kind} items={items} />
      <AddFeature kind={kind} options={options} />
    </PageSection>
  );
}

function FeaturedList({ kind, items }: { kind: FeatureKind; items: CurationItem[] }) {
  const { t } = useTranslation();
  if (!items.length) return <p className="text-stone-700">{t("librarian.storefront.noneFeatured")}</p>;
  const target = (item: CurationItem) => (
    <>
      <CsrfInput />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={item.id} />
    </>
  );
  return (
    <ol
      className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white"
      data-testid={`featured-${kind}-list`}
    >
      {items.map((item, index) => (
        <li key={item.id} className="flex flex-wrap items-center gap-2 p-3">
          <span className="w-6 text-stone-700">{index + 1}.</span>
          <span className="min-w-0 flex-1">
            <span className="font-medium">{item.name}</span>
            {item.detail ? <span className="block text-sm text-stone-700">{item.detail}</span> : null}
          </span>
          <Form method="post" className="flex gap-1">
            {target(item)}
            <input type="hidden" name="intent" value="move" />
            <button
              type="submit"
              name="direction"
              value="up"
              disabled={index === 0}
              aria-label={t("librarian.storefront.moveUp", { name: labelOf(item) })}
              className={`${secondaryButtonClass} disabled:opacity-40`}
            >
              ↑ {t("librarian.storefront.up")}
            </button>
            <button
              type="submit"
              name="direction"
              value="down"
              disabled={index === items.length - 1}
              aria-label={t("librarian.storefront.moveDown", { name: labelOf(item) })}
              className={`${secondaryButtonClass} disabled:opacity-40`}
            >
              ↓ {t("librarian.storefront.down")}
            </button>
          </Form>
          <Form method="post">
            {target(item)}
            <button
              type="submit"
              name="intent"
              value="unfeature"
              aria-label={t("librarian.storefront.remove", { name: labelOf(item) })}
              className={secondaryButtonClass}
            >
              {t("librarian.storefront.unfeature")}
            </button>
          </Form>
        </li>
      ))}
    </ol>
  );
}

function AddFeature({ kind, options }: { kind: FeatureKind; options: CurationItem[] }) {
  const { t } = useTranslation();
  if (!options.length) return null;
  const label = kind === "product" ? t("librarian.storefront.addProduct") : t("librarian.storefront.addProducer");
  return (
    <Form method="post" className="flex flex-wrap items-end gap-2">
      <CsrfInput />
      <input type="hidden" name="kind" value={kind} />
      <div className="min-w-0 flex-1">
        <SelectField name="id" id={`add-${kind}`} label={label}>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {labelOf(option)}
            </option>
          ))}
        </SelectField>
      </div>
      <button type="submit" name="intent" value="feature" className={buttonClass}>
        {t("librarian.storefront.add")}
      </button>
    </Form>
  );
}
