// The page render sees only the routes in play. <RemixServer> turns every
// route of the manifest into a route object (twice: Remix's, then React
// Router's copy), and matches the URL against all of them several times over
// (the page's own match, then each parent path for the browser's partial
// manifest) — on each request, flattening and ranking the whole route table
// again. With seventy routes that was about a third of the CPU time of a page
// that reads no data (`npm run bench`, CPU profile of /bench/floor).
//
// What a render can reach is known before it starts: the routes that matched
// this URL, and those that match its parent paths (Remix's lazy route
// discovery sends those to the browser as the page's partial manifest). So the
// render gets a manifest of exactly those routes. Matching on that subset
// gives the same matches (every route that wins on the whole table is in it,
// with its parents), so the HTML is byte for byte what the whole manifest gives
// (tests/integration/routes-in-play.unit.test.ts). Parent paths repeat across pages
// ("/", "/products", "/producer/listings"), so their matches on the whole table
// are kept in a small cache: the table is fixed for the life of the build.
import { type EntryContext } from "@remix-run/node";
import { matchRoutes } from "@remix-run/react";

type ManifestRoutes = EntryContext["manifest"]["routes"];
type RouteObject = Parameters<typeof matchRoutes>[0][number];

const PARENT_CACHE_SIZE = 1_000;

type RouteTable = { tree: RouteObject[]; parentMatches: Map<string, string[]> };
const tables = new WeakMap<ManifestRoutes, RouteTable>();

function routeTable(routes: ManifestRoutes): RouteTable {
  let table = tables.get(routes);
  if (!table) {
    table = { tree: routeTree(routes, undefined), parentMatches: new Map() };
    tables.set(routes, table);
  }
  return table;
}

function routeTree(routes: ManifestRoutes, parentId: string | undefined): RouteObject[] {
  return Object.values(routes)
    .filter((route) => route !== undefined && route.parentId === parentId)
    .map((route) => {
      const children = routeTree(routes, route!.id);
      return route!.index
        ? { id: route!.id, index: true, path: route!.path, caseSensitive: route!.caseSensitive }
        : { id: route!.id, path: route!.path, caseSensitive: route!.caseSensitive, children };
    });
}

/** The parent paths whose matches Remix adds to the page's partial manifest (its fog-of-war getPartialManifest). */
export function parentPaths(pathname: string): string[] {
  const segments = pathname.split("/").filter(Boolean);
  segments.pop();
  const paths = ["/"];
  while (segments.length > 0) {
    paths.push(`/${segments.join("/")}`);
    segments.pop();
  }
  return paths;
}

function matchesOfParent(table: RouteTable, path: string): string[] {
  let ids = table.parentMatches.get(path);
  if (!ids) {
    ids = (matchRoutes(table.tree, path) ?? []).map((match) => match.route.id!);
    if (table.parentMatches.size >= PARENT_CACHE_SIZE) table.parentMatches.clear();
    table.parentMatches.set(path, ids);
  }
  return ids;
}

/** The ids of the routes a render of this request can reach. Undefined: use the whole manifest. */
export function routesInPlay(context: EntryContext): Set<string> | undefined {
  const routes = context.manifest.routes;
  const { matches, location } = context.staticHandlerContext;
  const ids = new Set(matches.map((match) => match.route.id));
  // A match Remix made up (no route matched at all) is not in the manifest: leave the render as it is.
  if (ids.size === 0 || [...ids].some((id) => !routes[id])) return undefined;
  const table = routeTable(routes);
  for (const path of parentPaths(location.pathname)) for (const id of matchesOfParent(table, path)) ids.add(id);
  return ids;
}

/** The entry context with a manifest of the routes in play only (see above). */
export function withRoutesInPlay(context: EntryContext): EntryContext {
  const ids = routesInPlay(context);
  if (!ids) return context;
  const routes: ManifestRoutes = {};
  for (const [id, route] of Object.entries(context.manifest.routes)) if (ids.has(id)) routes[id] = route;
  // A shallow copy: what the render records (renderMeta, the static handler's context) stays shared.
  return { ...context, manifest: { ...context.manifest, routes } };
}
