// The impact pages' data: what /impact publishes (national and by province,
// after the disclosure rules), what an admin sees of their scope level by
// level (exact, producer level included), what a librarian's summary shows of
// their library (published rules), and a producer's own months against their
// baseline and the poverty line (no consent needed: it is their own data).
import { z } from "zod";
import type { AdminScope } from "~/accounts/scope.server";
import { provinceCodeParam, regencyCodeParam } from "~/platform/area-codes";
import { prisma } from "~/platform/db.server";
import { exactFigures, publishFigures, publishMonth, type PublishedGroup } from "./disclosure";
import type { TrainingTopic } from "~/generated/prisma/client";
import {
  checkInSummary,
  type Cohort,
  type GroupBy,
  type ImpactScope,
  impactFigures,
  MIN_GROUP_PRODUCERS,
  monthlySeries,
  OTHER_GROUP,
  trainingWindows,
} from "./figures.server";
import { cachedReport } from "./figure-cache.server";
import { addMonths, monthDate, monthKeyOf, type MonthRange, monthsOf, monthStartInstant } from "./months";
import { areaTypeOfVillage, povertyLineFor } from "./poverty-lines";

export type SeriesPoint = { month: string; netIdr: number | null; hidden: string | null };
export type NamedGroup = PublishedGroup & { name: string; href?: string; merged?: boolean };

export type ImpactReport = {
  range: MonthRange;
  total: PublishedGroup;
  groups: NamedGroup[];
  series: SeriesPoint[];
  windows: { topic: string; producers: number; beforeIdr: number | null; afterIdr: number | null }[];
  checkIns: Awaited<ReturnType<typeof checkInSummary>> | null;
  povertyLine: ReturnType<typeof povertyLineFor>;
  /** When served from memory (figure-cache.server.ts): the moment its figures were computed (ISO), shown on the page. */
  figuresAsOf?: string | null;
};

async function windowsAndCheckIns(scope: ImpactScope, range: MonthRange, asOf: Date, exact: boolean, cohort?: Cohort) {
  const [windows, checkIns] = await Promise.all([
    trainingWindows({ scope, range, asOf, cohort }),
    checkInSummary({ scope, range, cohort }),
  ]);
  const shown = (sum: number, max: number, producers: number) =>
    exact || (producers >= MIN_GROUP_PRODUCERS && max * 2 <= sum) ? sum : null;
  return {
    windows: windows
      .filter((window) => exact || window.producers >= MIN_GROUP_PRODUCERS)
      .map((window) => ({
        topic: window.topic,
        producers: window.producers,
        beforeIdr: shown(window.beforeIdr, window.maxBeforeIdr, window.producers),
        afterIdr: shown(window.afterIdr, window.maxAfterIdr, window.producers),
      })),
    checkIns: exact || checkIns.producers >= MIN_GROUP_PRODUCERS ? checkIns : null,
  };
}

async function areaNames(codes: string[]) {
  const rows = await prisma.area.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } });
  return new Map(rows.map((row) => [row.code, row.name]));
}

/**
 * A report computed now, or as kept by figure-cache.server.ts when no moment is asked for: it holds
 * until the month ends or an active producer stops being one; after a change it may be served for up
 * to IMPACT_STALE_SECONDS while recomputed. A kept report says when it was computed (`figuresAsOf`).
 */
async function reportNow<Report>(
  key: string,
  asOf: Date | undefined,
  compute: (asOf: Date) => Promise<{ report: Report; activeUntil: Date | null }>,
): Promise<Report & { figuresAsOf: string | null }> {
  if (asOf) return { ...(await compute(asOf)).report, figuresAsOf: null };
  const { value, keptFrom } = await cachedReport(key, async () => {
    const now = new Date();
    const { report, activeUntil } = await compute(now);
    const monthEnds = monthStartInstant(addMonths(monthKeyOf(now), 1));
    return { value: report, validUntil: activeUntil && activeUntil < monthEnds ? activeUntil : monthEnds };
  });
  return { ...value, figuresAsOf: keptFrom?.toISOString() ?? null };
}

/** /impact: national figures and provinces, small provinces merged, every rule of disclosure.ts applied. */
export function publicImpactReport(range: MonthRange, asOf?: Date): Promise<ImpactReport> {
  return reportNow(`public ${range.from} ${range.to}`, asOf, (now) => computePublicReport(range, now));
}

async function computePublicReport(range: MonthRange, asOf: Date) {
  const scope: ImpactScope = {};
  const [{ total, groups, activeUntil }, series, extra] = await Promise.all([
    impactFigures({ scope, range, asOf, groupBy: "province", mergeSmallGroups: true }),
    monthlySeries({ scope, range }),
    windowsAndCheckIns(scope, range, asOf, false),
  ]);
  const published = publishFigures(total, groups);
  const names = await areaNames(groups.map((group) => group.key ?? ""));
  const report: ImpactReport = {
    range,
    total: published.total,
    groups: published.groups.map((group) => ({
      ...group,
      name: names.get(group.key ?? "") ?? OTHER_GROUP,
      merged: group.key === OTHER_GROUP,
    })),
    series: series.map((month) => ({ month: month.month, ...publishMonth(month) })),
    ...extra,
    povertyLine: povertyLineFor(range.to),
  };
  return { report, activeUntil };
}

/** A librarian's summary of their library: published rules (they are not admins of anyone's income). */
export function libraryImpactReport(libraryId: string, range: MonthRange, asOf?: Date): Promise<ImpactReport> {
  return reportNow(`library ${libraryId} ${range.from} ${range.to}`, asOf, (now) =>
    computeLibraryReport(libraryId, range, now),
  );
}

async function computeLibraryReport(libraryId: string, range: MonthRange, asOf: Date) {
  const scope: ImpactScope = { libraryId };
  const [{ total, activeUntil }, series, extra] = await Promise.all([
    impactFigures({ scope, range, asOf }),
    monthlySeries({ scope, range }),
    windowsAndCheckIns(scope, range, asOf, false),
  ]);
  const report = {
    range,
    total: publishFigures(total).total,
    groups: [] as NamedGroup[],
    series: series.map((month) => ({ month: month.month, ...publishMonth(month) })),
    ...extra,
    povertyLine: povertyLineFor(range.to),
  } satisfies ImpactReport;
  return { report, activeUntil };
}

/** The admin page's level from its URL (anything malformed is ignored: the level above). */
export const AdminLevelSchema = z.object({
  province: provinceCodeParam,
  regency: regencyCodeParam,
  library: z.string().min(1).max(40).optional().catch(undefined),
  /** Cohort: producers trained in a year ("year:2024") or on a topic ("topic:PACKAGING"). */
  cohort: z
    .string()
    .regex(
      /^(year:20\d{2}|topic:(PACKAGING|FOOD_SAFETY|DIGITAL_MARKETING|BOOKKEEPING|PRODUCT_PHOTOGRAPHY|BUSINESS_PERMITS|OTHER))$/,
    )
    .optional()
    .catch(undefined),
});

export function cohortOf(value: string | undefined): Cohort {
  if (!value) return null;
  const [kind, rest] = value.split(":") as [string, string];
  return kind === "year" ? { kind: "year", year: Number(rest) } : { kind: "topic", topic: rest as TrainingTopic };
}
export type AdminLevel = z.infer<typeof AdminLevelSchema>;

/** The admin's view: exact figures of their scope at the level asked (national → province → regency → library → producer). */
export function adminImpactReport(admin: AdminScope, level: AdminLevel, range: MonthRange, asOf?: Date) {
  const key = `admin ${JSON.stringify([admin.national, admin.provinceCodes, level, range])}`;
  return reportNow(key, asOf, (now) => computeAdminReport(admin, level, range, now));
}

async function computeAdminReport(admin: AdminScope, level: AdminLevel, range: MonthRange, asOf: Date) {
  const scope: ImpactScope = admin.national ? {} : { provinceCodes: admin.provinceCodes };
  let groupBy: GroupBy = "province";
  if (level.library) {
    scope.libraryId = level.library;
    groupBy = "producer";
  } else if (level.regency) {
    scope.regencyCode = level.regency;
    groupBy = "library";
  } else if (level.province) {
    scope.provinceCode = level.province;
    groupBy = "regency";
  }
  const cohort = cohortOf(level.cohort);
  const [{ total, groups, activeUntil }, series, extra] = await Promise.all([
    impactFigures({ scope, range, asOf, groupBy, cohort }),
    monthlySeries({ scope, range, cohort }),
    windowsAndCheckIns(scope, range, asOf, true, cohort),
  ]);
  const keys = groups.map((group) => group.key ?? "");
  const names =
    groupBy === "library"
      ? new Map(
          (await prisma.library.findMany({ where: { id: { in: keys } }, select: { id: true, name: true } })).map(
            (row) => [row.id, row.name],
          ),
        )
      : groupBy === "producer"
        ? new Map(
            (
              await prisma.producerProfile.findMany({
                where: { id: { in: keys } },
                select: { id: true, businessName: true },
              })
            ).map((row) => [row.id, row.businessName]),
          )
        : await areaNames(keys);
  const period = `&from=${range.from}&to=${range.to}${level.cohort ? `&cohort=${level.cohort}` : ""}`;
  const hrefOf = (key: string) =>
    groupBy === "province"
      ? `?province=${key}${period}`
      : groupBy === "regency"
        ? `?province=${level.province}&regency=${key}${period}`
        : groupBy === "library"
          ? `?province=${level.province ?? ""}&regency=${level.regency ?? ""}&library=${key}${period}`
          : undefined;
  const report = {
    range,
    groupBy,
    total: exactFigures(total),
    groups: groups.map((group) => ({
      ...exactFigures(group),
      name: names.get(group.key ?? "") ?? String(group.key),
      href: hrefOf(group.key ?? ""),
    })),
    series: series.map((month) => ({ month: month.month, netIdr: month.netIdr, hidden: null })),
    ...extra,
    povertyLine: povertyLineFor(range.to),
  } satisfies ImpactReport & { groupBy: GroupBy };
  return { report, activeUntil };
}

export type ProducerMonth = {
  month: string;
  netIdr: number;
  onlineNetIdr: number;
  libraryNetIdr: number;
  baselineIdr: number | null;
  /** The household's poverty line that month: household size × BPS line per person. */
  povertyLineIdr: number | null;
};

/** A producer's own months: income (all channels, net of refunds and fees) against their baseline and the poverty line. */
export async function producerImpactSeries(producerId: string, range: MonthRange) {
  const [profile, months, baselines] = await Promise.all([
    prisma.producerProfile.findUniqueOrThrow({ where: { id: producerId }, select: { villageCode: true } }),
    prisma.impactMonth.findMany({
      where: { producerId, month: { gte: monthDate(range.from), lte: monthDate(range.to) } },
      orderBy: { month: "asc" },
    }),
    prisma.producerBaseline.findMany({
      where: { producerId },
      orderBy: [{ effectiveFrom: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  const byMonth = new Map(months.map((row) => [row.month.toISOString().slice(0, 7), row]));
  const area = areaTypeOfVillage(profile.villageCode);
  return monthsOf(range.from, range.to).map((month): ProducerMonth => {
    const row = byMonth.get(month);
    // The baseline in force for the whole month: the newest one in effect at its first moment.
    const baseline = baselines.filter((b) => b.effectiveFrom <= monthStartInstant(month)).at(-1);
    const baselineIdr = baseline
      ? baseline.monthlyIncomeMaxIdr === null
        ? baseline.monthlyIncomeMinIdr
        : Math.round((baseline.monthlyIncomeMinIdr + baseline.monthlyIncomeMaxIdr) / 2)
      : null;
    return {
      month,
      netIdr: row?.netIdr ?? 0,
      onlineNetIdr: row?.onlineNetIdr ?? 0,
      libraryNetIdr: (row?.eventNetIdr ?? 0) + (row?.deskNetIdr ?? 0),
      baselineIdr,
      povertyLineIdr: baseline ? baseline.householdSize * povertyLineFor(month).idr[area] : null,
    };
  });
}
