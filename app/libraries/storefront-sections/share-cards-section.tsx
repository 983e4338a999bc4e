// The librarian's storefront page: each product's share card to download, and
// the printable A4 QR sheet for the library desk (issue 19).
import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { workspaceHref } from "../workspace-href";

export function ShareCardsSection({
  librarySlug,
  products,
}: {
  librarySlug: string;
  products: Array<{ slug: string; title: string }>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="share-cards" className="space-y-2">
      <h2 id="share-cards" className="text-xl font-semibold">
        {t("shareTools.storefront.heading")}
      </h2>
      <p>{t("shareTools.storefront.intro")}</p>
      {products.length === 0 ? (
        <p>{t("shareTools.storefront.noProducts")}</p>
      ) : (
        <>
          <p>
            <Link to={workspaceHref("/librarian/storefront/qr", librarySlug)} className="underline">
              {t("shareTools.storefront.print")}
            </Link>
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {products.map((product) => (
              <li key={product.slug}>
                {t("shareTools.storefront.cardFor", { title: product.title })}:{" "}
                <a href={`/products/${product.slug}/card.jpg?lang=id`} download className="underline">
                  Bahasa Indonesia
                </a>{" "}
                ·{" "}
                <a href={`/products/${product.slug}/card.jpg?lang=en`} download className="underline" lang="en">
                  English
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
