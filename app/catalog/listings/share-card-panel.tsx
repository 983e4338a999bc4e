// The producer's listing page: the listing's square share card to download
// (issue 19), in Bahasa Indonesia or English, once the listing is public.
import { useTranslation } from "~/platform/i18n/react";

export function ShareCardPanel({ slug, title, isPublic }: { slug: string; title: string; isPublic: boolean }) {
  const { t } = useTranslation();
  const card = (lang: "id" | "en") => `/products/${slug}/card.jpg?lang=${lang}`;
  return (
    <section aria-labelledby="share-card" className="space-y-2">
      <h2 id="share-card" className="text-lg font-semibold">
        {t("shareTools.card.heading")}
      </h2>
      {isPublic ? (
        <>
          <p>{t("shareTools.card.intro")}</p>
          <img
            src={card("id")}
            alt={t("shareTools.card.alt", { title })}
            width={270}
            height={270}
            loading="lazy"
            className="rounded-md border border-stone-300"
          />
          <p className="flex flex-wrap gap-3">
            <a href={card("id")} download={`kartu-${slug}-id.jpg`} className="underline">
              {t("shareTools.card.download")}
            </a>
            <a href={card("en")} download={`kartu-${slug}-en.jpg`} className="underline">
              {t("shareTools.card.downloadEn")}
            </a>
          </p>
        </>
      ) : (
        <p>{t("shareTools.card.onlyPublished")}</p>
      )}
    </section>
  );
}
