// The printable A4 sheet of a storefront's products with QR codes (issue 19),
// for the library desk: each code opens the product's page marked `via=qr`.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import { storefrontShareList } from "~/catalog/share-card.server";
import { workspaceHref } from "~/libraries/workspace-href";
import { formatRupiah } from "~/platform/money";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: t("shareTools.print.title", { library: data?.library.name ?? "" }) }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library } = await requireLibrarian(request);
  return {
    library: { name: library.name, slug: library.slug },
    products: await storefrontShareList(request, library.id),
  };
}

export default function StorefrontQrSheet() {
  const { library, products } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("shareTools.print.title", { library: library.name })}</h1>
      <p>{t("shareTools.print.intro")}</p>
      <p className="text-sm text-stone-700 print:hidden">
        {t("shareTools.print.howTo")}{" "}
        <Link to={workspaceHref("/librarian/storefront", library.slug)} className="underline">
          {t("shareTools.print.back")}
        </Link>
      </p>
      {products.length === 0 ? <p>{t("shareTools.storefront.noProducts")}</p> : null}
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 print:grid-cols-3">
        {products.map((product) => (
          <li key={product.slug} className="break-inside-avoid rounded-md border border-stone-300 p-3 text-center">
            <img
              src={`data:image/svg+xml;base64,${toBase64(product.qr)}`}
              alt={t("shareTools.print.qrAlt", { title: product.title })}
              width={160}
              height={160}
              className="mx-auto"
            />
            <p className="mt-2 font-semibold">{product.title}</p>
            <p className="text-sm">{product.producer}</p>
            {product.price ? (
              <p className="text-sm font-semibold">
                {product.price.from
                  ? t("shareTools.card.fromPrice", { price: formatRupiah(product.price.amountIdr) })
                  : formatRupiah(product.price.amountIdr)}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Base64 of UTF-8 text, on the server (Buffer) and in the browser (btoa). */
function toBase64(text: string): string {
  if (typeof Buffer !== "undefined") return Buffer.from(text, "utf8").toString("base64");
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}
