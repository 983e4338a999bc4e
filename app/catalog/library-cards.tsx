// Libraries as cards linking to their storefronts (home page, /libraries).
import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import type { LibraryKind } from "~/generated/prisma/enums";

type LibraryCard = {
  slug: string;
  name: string;
  kind: LibraryKind;
  area: { name: string };
  regency: { name: string };
  province: { name: string };
  _count: { producers: number };
};

export function LibraryCards({ libraries }: { libraries: LibraryCard[] }) {
  const { t } = useTranslation();
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {libraries.map((library) => (
        <li key={library.slug}>
          <Link
            to={`/libraries/${library.slug}`}
            prefetch="intent"
            className="border-brand-100 hover:border-brand-600 block h-full rounded-lg border bg-white p-4"
          >
            <span className="block font-semibold">{library.name}</span>
            <span className="block text-sm text-stone-700">{t(`library.kind.${library.kind}`)}</span>
            <span className="block text-sm text-stone-700">
              {library.area.name}, {library.regency.name}, {library.province.name}
            </span>
            <span className="mt-1 block text-sm">{t("home.producersCount", { count: library._count.producers })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
