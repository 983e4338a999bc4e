import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { actionItems, listOwnListings } from "~/catalog/listings/listings.server";
import { StatusBadge } from "~/catalog/listings/listing-status";
import { baselineInForce } from "~/producers/baseline.server";
import { getOwnProfile } from "~/producers/profile.server";
import { ShareStatsTable } from "~/producers/share-stats-table";
import { shareStats } from "~/producers/share-stats.server";
import { requireProducer } from "~/accounts/scope.server";
import { pageMeta } from "~/ui/meta";
import { Alert, Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("workspace.producer") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, producer } = await requireProducer(request);
  const [profile, listings, baseline, shares] = await Promise.all([
    getOwnProfile(producer.id),
    listOwnListings(producer.id),
    baselineInForce(producer.id),
    shareStats(producer.id),
  ]);
  return { name: user.name, profile, items: actionItems(listings), hasBaseline: baseline !== null, shares };
}

export default function ProducerHome() {
  const { name, profile, items, hasBaseline, shares } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const todo = [
    ...items.changesRequested.map((l) => ({
      id: l.id,
      text: t("onboarding.dashboard.changesRequested", { title: l.title }),
    })),
    ...items.stockAlerts.flatMap((l) => [
      ...(l.soldOutVariants.length
        ? [
            {
              id: l.id,
              text: t("onboarding.dashboard.soldOut", { title: l.title, variants: l.soldOutVariants.join(", ") }),
            },
          ]
        : []),
      ...(l.lowStockVariants.length
        ? [
            {
              id: l.id,
              text: t("onboarding.dashboard.lowStock", { title: l.title, variants: l.lowStockVariants.join(", ") }),
            },
          ]
        : []),
    ]),
    ...items.certificateAlerts.map((l) => ({
      id: l.id,
      text: t("onboarding.dashboard.certificate", { title: l.title }),
    })),
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("workspace.producer")}</h1>
      <p>{t("workspace.welcome", { name })}</p>
      <p className="font-semibold">{profile.businessName}</p>
      {profile.status === "PENDING" ? (
        <Notice>{t("onboarding.dashboard.pending", { library: profile.homeLibrary.name })}</Notice>
      ) : null}
      {profile.status === "REJECTED" || profile.status === "SUSPENDED" ? (
        <Alert>
          {t(`onboarding.dashboard.${profile.status === "REJECTED" ? "rejected" : "suspended"}`, {
            reason: profile.statusReason ?? "",
          })}
        </Alert>
      ) : null}
      {!hasBaseline ? (
        <p className="rounded-md bg-amber-50 p-3 text-amber-900">
          <Link to="/producer/profile" className="underline">
            {t("onboarding.dashboard.fillBaseline")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="todo" className="space-y-2">
        <h2 id="todo" className="text-lg font-semibold">
          {t("onboarding.dashboard.needsAction")}
        </h2>
        {todo.length === 0 ? <p>{t("onboarding.dashboard.nothing")}</p> : null}
        <ul className="list-disc space-y-1 pl-5">
          {todo.map((item, index) => (
            <li key={`${item.id}-${index}`}>
              <Link to={`/producer/listings/${item.id}`} className="underline">
                {item.text}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="summary" className="space-y-2">
        <h2 id="summary" className="text-lg font-semibold">
          {t("onboarding.dashboard.summary")}
        </h2>
        <ul className="flex flex-wrap gap-3">
          {Object.entries(items.counts).map(([status, count]) => (
            <li key={status} className="flex items-center gap-1">
              <StatusBadge status={status} /> <span className="font-semibold">{count}</span>
            </li>
          ))}
        </ul>
        <p className="flex flex-wrap gap-3">
          <Link to="/producer/listings" className="underline">
            {t("listings.menu.listings")}
          </Link>
          <Link to="/producer/listings/new" className="underline">
            {t("listings.add")}
          </Link>
        </p>
      </section>
      <ShareStatsTable stats={shares} />
    </div>
  );
}
