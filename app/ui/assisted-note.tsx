// "Listed with help from the librarian at <library>" on the public product
// page, when a librarian made or edited the listing on its producer's behalf.
import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";

export function AssistedNote({ library }: { library: { name: string; slug: string } }) {
  const { t } = useTranslation();
  const [before, after] = t("product.assistedBy", { library: "\u0000" }).split("\u0000");
  return (
    <p className="text-sm text-stone-700">
      {before}
      <Link to={`/libraries/${library.slug}`} className="underline">
        {library.name}
      </Link>
      {after}
    </p>
  );
}
