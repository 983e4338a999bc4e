// Sections of the public product page (/products/:slug): where to pick it up,
// who made it (with their training), and what it is.
import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { TrainingSentence, type TrainingForSentence } from "~/producers/training-sentence";
import { AssistedNote } from "~/ui/assisted-note";
import { PageSection } from "~/ui/page-section";

export function PickupLibrary({
  library,
}: {
  library: { slug: string; name: string; address: string | null; area: { name: string }; regency: { name: string } };
}) {
  const { t } = useTranslation();
  return (
    <p>
      <span className="font-semibold">{t("product.pickupAt")}: </span>
      <Link to={`/libraries/${library.slug}`} prefetch="intent" className="underline">
        {library.name}
      </Link>
      <span className="block text-sm text-stone-700">
        {library.address ? `${library.address} · ` : ""}
        {t("search.pickupRegion", { village: library.area.name, regency: library.regency.name })}
      </span>
    </p>
  );
}

export function MadeBy({
  producer,
  assistedBy,
}: {
  producer: {
    slug: string;
    businessName: string;
    village: { name: string } | null;
    homeLibrary: { name: string };
    attendance: Array<{ training: TrainingForSentence }>;
  };
  assistedBy: { name: string; slug: string } | null;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="producer" className="border-brand-100 rounded-lg border bg-white p-4">
      <h2 id="producer" className="text-sm text-stone-700">
        {t("product.madeBy")}
      </h2>
      <Link to={`/producers/${producer.slug}`} prefetch="intent" className="font-semibold underline">
        {producer.businessName}
      </Link>
      {producer.village ? <p className="text-sm text-stone-700">{producer.village.name}</p> : null}
      <p className="mt-2 text-sm">{t("product.trainedAt", { library: producer.homeLibrary.name })}</p>
      {assistedBy ? <AssistedNote library={assistedBy} /> : null}
      <ul className="mt-1 list-disc pl-5 text-sm text-stone-700">
        {producer.attendance.map(({ training }, index) => (
          <li key={index}>
            <TrainingSentence training={training} />
          </li>
        ))}
      </ul>
    </section>
  );
}

type Described = {
  description: string;
  weightGrams: number | null;
  shelfLifeDays: number | null;
  packaging: string | null;
  ingredients: string | null;
  allergens: string | null;
};

export function ProductDescription({ product }: { product: Described }) {
  const { t } = useTranslation();
  const details = [
    product.weightGrams ? [t("product.weight"), t("product.grams", { count: product.weightGrams })] : null,
    product.shelfLifeDays ? [t("product.shelfLife"), t("product.days", { count: product.shelfLifeDays })] : null,
    product.packaging ? [t("product.packaging"), product.packaging] : null,
    product.ingredients ? [t("product.ingredients"), product.ingredients] : null,
    product.allergens ? [t("product.allergens"), product.allergens] : null,
  ].filter((row): row is [string, string] => row !== null);
  return (
    <PageSection id="description" title={t("product.description")}>
      <p className="whitespace-pre-line">{product.description}</p>
      {details.length ? (
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </PageSection>
  );
}
