// The public list of libraries (/libraries): a page at a time, narrowed by
// province and regency in the URL (plain GET form, no JavaScript needed), so
// the page stays small with 2 000 libraries.
import { z } from "zod";
import { prisma } from "~/platform/db.server";
import { publicProducerWhere } from "./visibility.server";
import { provinceCodeParam, provinceOf, regencyCodeParam } from "~/platform/area-codes";

export const LIBRARIES_PER_PAGE = 48;

const DirectoryParams = z.object({
  province: provinceCodeParam,
  regency: regencyCodeParam,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type DirectoryQuery = z.infer<typeof DirectoryParams>;

/** Forgiving, like the catalogue's: a broken parameter is dropped, never an error page. */
export function parseDirectoryParams(url: URL): DirectoryQuery {
  const first: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (value !== "") first[key] ??= value;
  const query = DirectoryParams.parse(first);
  // A regency belongs to its province.
  if (query.regency && query.province && !query.regency.startsWith(`${query.province}.`)) query.regency = undefined;
  if (query.regency && !query.province) query.province = provinceOf(query.regency);
  return query;
}

/** The directory page's own URL: its filters and page, in a fixed order (the canonical link). */
export function directoryHref(query: DirectoryQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.province) params.set("province", query.province);
  if (query.regency) params.set("regency", query.regency);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return `/libraries${search ? `?${search}` : ""}`;
}

type PlaceOption = { code: string; name: string; count: number };

export async function listLibraryDirectory(query: DirectoryQuery) {
  const where = {
    ...(query.province ? { provinceCode: query.province } : {}),
    ...(query.regency ? { regencyCode: query.regency } : {}),
  };
  const [total, byProvince, byRegency] = await Promise.all([
    prisma.library.count({ where }),
    prisma.library.groupBy({ by: ["provinceCode"], _count: { _all: true } }),
    query.province
      ? prisma.library.groupBy({
          by: ["regencyCode"],
          where: { provinceCode: query.province },
          _count: { _all: true },
        })
      : Promise.resolve([]),
  ]);
  const pages = Math.max(1, Math.ceil(total / LIBRARIES_PER_PAGE));
  const page = Math.min(query.page, pages);
  const [libraries, areas] = await Promise.all([
    prisma.library.findMany({
      where,
      select: {
        slug: true,
        name: true,
        kind: true,
        area: { select: { name: true } },
        regency: { select: { name: true } },
        province: { select: { name: true } },
        _count: { select: { producers: { where: publicProducerWhere } } },
      },
      orderBy: [{ provinceCode: "asc" }, { name: "asc" }, { slug: "asc" }],
      skip: (page - 1) * LIBRARIES_PER_PAGE,
      take: LIBRARIES_PER_PAGE,
    }),
    prisma.area.findMany({
      where: {
        code: {
          in: [...byProvince.map((row) => row.provinceCode), ...byRegency.map((row) => row.regencyCode)],
        },
      },
      select: { code: true, name: true },
    }),
  ]);
  const names = new Map(areas.map((area) => [area.code, area.name]));
  const options = (rows: Array<{ code: string; count: number }>): PlaceOption[] =>
    rows
      .map(({ code, count }) => ({ code, name: names.get(code) ?? code, count }))
      .sort((a, b) => a.name.localeCompare(b.name, "id"));
  return {
    libraries,
    total,
    page,
    pages,
    provinces: options(byProvince.map((row) => ({ code: row.provinceCode, count: row._count._all }))),
    regencies: options(byRegency.map((row) => ({ code: row.regencyCode, count: row._count._all }))),
  };
}
