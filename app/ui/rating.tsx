// A rating as lists and pages show it: stars drawn as text (no image to load),
// the average with one decimal in the reader's language, and the count. Screen
// readers hear "Rated 4.5 out of 5, 12 reviews" instead of the star glyphs.
import { useTranslation } from "~/platform/i18n/react";
import { useLanguage } from "./use-language";

export type RatingSummary = { average: number; count: number };

// Built once per language: a grid of cards formats one average per card.
const averageFormats = {
  en: new Intl.NumberFormat("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  id: new Intl.NumberFormat("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

export function formatAverage(average: number, language: string) {
  return averageFormats[language === "en" ? "en" : "id"].format(average);
}

export function Stars({ value, className = "" }: { value: number; className?: string }) {
  const full = Math.round(value);
  return (
    <span aria-hidden="true" className={`text-amber-700 ${className}`}>
      {"★".repeat(full)}
      <span className="text-stone-400">{"★".repeat(5 - full)}</span>
    </span>
  );
}

export function Rating({ rating, className = "" }: { rating: RatingSummary | null; className?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!rating || !rating.count) return null;
  const average = formatAverage(rating.average, language);
  return (
    <p className={`text-sm ${className}`} data-rating={average}>
      <Stars value={rating.average} /> <span className="sr-only">{t("reviews.rating", { average })}</span>
      <span aria-hidden="true" className="font-semibold">
        {average}
      </span>{" "}
      <span className="text-stone-700">({t("reviews.count", { count: rating.count })})</span>
    </p>
  );
}
