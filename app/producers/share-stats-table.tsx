// The producer's dashboard section "Dari tautan yang dibagikan" (issue 19):
// visits and orders of the last 30 days per channel. Counts only.
import { useTranslation } from "~/platform/i18n/react";
import type { ShareStat } from "./share-stats.server";

export function ShareStatsTable({ stats }: { stats: ShareStat[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="share-stats" className="space-y-2">
      <h2 id="share-stats" className="text-lg font-semibold">
        {t("shareTools.stats.heading")}
      </h2>
      <p className="text-sm text-stone-700">{t("shareTools.stats.intro")}</p>
      <table className="min-w-[18rem] text-left">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-1 pr-4">
              {t("shareTools.stats.channel")}
            </th>
            <th scope="col" className="py-1 pr-4 text-right">
              {t("shareTools.stats.visits")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("shareTools.stats.orders")}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.map((stat) => (
            <tr key={stat.via} className="border-b border-stone-200">
              <th scope="row" className="py-1 pr-4 font-normal">
                {t(`shareTools.stats.via.${stat.via}`)}
              </th>
              <td className="py-1 pr-4 text-right tabular-nums">{stat.visits}</td>
              <td className="py-1 text-right tabular-nums">{stat.orders}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
