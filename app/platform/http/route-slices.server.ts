// Remix's request handler over a slice of the route table. For every request
// Remix matches the URL against the whole table twice (its own match, then
// the static handler's), and React Router flattens and ranks all ninety
// routes on each match: on a page that reads no data that was the largest
// cost after rendering (`npm run bench`, CPU profile of /bench/floor).
//
// Which routes can match is decided by the URL's first segment: a top-level
// route whose path starts with another fixed word ("login", "products") can
// never match it. So each first segment gets its own handler, over a build
// holding the routes that start with that word, the ones that start with no
// fixed word (the home page, the catch-all) and all their children. Matching
// on that slice gives the routes the whole table gives, for the URL and every
// parent path of it (they share its first segment), so the page, its data and
// the partial manifest sent to the browser are the same
// (tests/integration/routes-in-play.unit.test.ts renders every route both ways).
// Anything unusual (Remix's /__manifest, which answers for any path, encoded
// or doubled slashes) goes to the handler over the whole table.
import { createRequestHandler, type ServerBuild } from "@remix-run/node";

type Handler = ReturnType<typeof createRequestHandler>;
type RouteEntry = { id: string; parentId?: string; path?: string; index?: boolean };

/** The fixed first word of a route path, lower-cased, or null when it starts with a parameter, a splat or nothing. */
function fixedFirstWord(path: string | undefined): string | null {
  const first = (path ?? "").split("/").find(Boolean);
  if (!first || /[:*?]/.test(first)) return null;
  return first.toLowerCase();
}

/** The slice key of a URL path: its first segment (lower-cased), or undefined for the whole table. */
export function sliceKey(pathname: string): string | undefined {
  if (pathname === "/__manifest" || pathname.includes("//") || pathname.includes("%")) return undefined;
  // Single fetch's data requests name the page: /products/kopi.data, /_root.data for "/".
  const page = pathname === "/_root.data" ? "/" : pathname.replace(/\.data$/, "");
  return (page.split("/")[1] ?? "").toLowerCase();
}

export function slicedRequestHandler(build: ServerBuild, mode?: string): Handler {
  const whole = createRequestHandler(build, mode);
  const routes = Object.values(build.routes) as RouteEntry[];
  const rootId = routes.find((route) => route.parentId === undefined)?.id;
  if (!rootId) return whole;
  const childrenOf = new Map<string, string[]>();
  for (const route of routes) {
    if (route.parentId === undefined) continue;
    childrenOf.set(route.parentId, [...(childrenOf.get(route.parentId) ?? []), route.id]);
  }
  const topLevel = (childrenOf.get(rootId) ?? []).map((id) => build.routes[id] as RouteEntry);
  const words = new Set(topLevel.map((route) => fixedFirstWord(route.path)).filter((word) => word !== null));

  const withDescendants = (ids: string[]): Set<string> => {
    const all = new Set<string>([rootId]);
    const visit = (id: string) => {
      all.add(id);
      for (const child of childrenOf.get(id) ?? []) visit(child);
    };
    ids.forEach(visit);
    return all;
  };
  const slice = (word: string): Handler => {
    const ids = withDescendants(
      topLevel
        .filter((route) => {
          const first = fixedFirstWord(route.path);
          return first === null || first === word;
        })
        .map((route) => route.id),
    );
    const pick = <T>(record: Record<string, T>) =>
      Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
    return createRequestHandler(
      {
        ...build,
        routes: pick(build.routes),
        assets: { ...build.assets, routes: pick(build.assets.routes) },
      },
      mode,
    );
  };

  // One handler per fixed first word of the table (and "" for the rest): a bounded set.
  const handlers = new Map<string, Handler>();
  return (request, loadContext) => {
    const key = sliceKey(new URL(request.url).pathname);
    if (key === undefined) return whole(request, loadContext);
    const word = words.has(key) ? key : "";
    let handler = handlers.get(word);
    if (!handler) handlers.set(word, (handler = slice(word)));
    return handler(request, loadContext);
  };
}
