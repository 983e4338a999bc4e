import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { storefrontStatusOfProducer } from "~/libraries/curation.server";
import { requireProducer } from "~/accounts/scope.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("librarian.forProducer.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  return storefrontStatusOfProducer(producer.id);
}

export default function ProducerStorefrontStatus() {
  const { hidden, featured } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("librarian.forProducer.title")}</h1>
      <p>{t("librarian.forProducer.intro")}</p>
      {!hidden.length && !featured.length ? <p>{t("librarian.forProducer.none")}</p> : null}
      {hidden.length || featured.length ? (
        <ul className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white">
          {hidden.map((entry) => (
            <li key={`hidden-${entry.library.slug}-${entry.product.slug}`} className="p-3">
              <Link to={`/products/${entry.product.slug}`} className="font-medium underline">
                {entry.product.title}
              </Link>
              <p className="font-medium text-red-800">
                {t("librarian.forProducer.hidden")} · {entry.library.name}
              </p>
              <p>{t("librarian.forProducer.reason", { reason: entry.reason })}</p>
            </li>
          ))}
          {featured.map((entry) => (
            <li key={`featured-${entry.library.slug}-${entry.product.slug}`} className="p-3">
              <Link to={`/products/${entry.product.slug}`} className="font-medium underline">
                {entry.product.title}
              </Link>
              <p className="text-green-900">
                {t("librarian.forProducer.featured")} ·{" "}
                <Link to={`/libraries/${entry.library.slug}`} className="underline">
                  {entry.library.name}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
