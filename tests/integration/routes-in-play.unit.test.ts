// Two shortcuts through the route table give the very answers the whole table
// gives: the handler over the slice a URL's first segment can match
// (app/platform/http/route-slices.server.ts), and the render that sees only the
// routes in play (app/platform/routes-in-play.server.ts). The app's real route
// table (app/routes, as Remix's flat routes read it), each route a plain
// component, goes through Remix's request handler both ways for a URL of every
// route, their parents, URLs no route takes, upper-case and data requests.
// Byte for byte, including the partial manifest the browser gets.
import path from "node:path";
import { createRequestHandler, type EntryContext } from "@remix-run/node";
import { Outlet, RemixServer, Scripts, useParams } from "@remix-run/react";
import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes.js";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { sliceKey, slicedRequestHandler } from "~/platform/http/route-slices.server";
import { parentPaths, routesInPlay, withRoutesInPlay } from "~/platform/routes-in-play.server";
import { serverBuildOf, type TestRoute } from "../support/server-build";

const table = flatRoutes(path.resolve("app"));

function Root() {
  return createElement(
    "html",
    { lang: "id" },
    createElement("body", null, createElement(Outlet), createElement(Scripts)),
  );
}
function RootError() {
  return createElement("html", { lang: "id" }, createElement("body", null, "error", createElement(Scripts)));
}
const routeComponent = (id: string) =>
  function Route() {
    const params = useParams();
    return createElement("div", { "data-route": id, "data-params": JSON.stringify(params) }, createElement(Outlet));
  };

const routes: TestRoute[] = [
  { id: "root", path: "", module: { default: Root, ErrorBoundary: RootError } },
  ...Object.values(table).map((route) => ({
    id: route.id,
    path: route.path,
    index: route.index,
    parentId: route.parentId,
    module: { default: routeComponent(route.id) },
  })),
];

const entryOf = (trim: boolean) => ({
  default: (request: Request, status: number, headers: Headers, context: EntryContext) => {
    const html = renderToString(
      createElement(RemixServer, { context: trim ? withRoutesInPlay(context) : context, url: request.url }),
    );
    headers.set("Content-Type", "text/html; charset=utf-8");
    return new Response(`<!DOCTYPE html>${html}`, { status, headers });
  },
});
const trimmed = createRequestHandler(serverBuildOf(routes, { entry: entryOf(true) }), "production");
const whole = createRequestHandler(serverBuildOf(routes, { entry: entryOf(false) }), "production");
const sliced = slicedRequestHandler(serverBuildOf(routes, { entry: entryOf(true) }), "production");

/** A URL of each route: its full path with sample values for the parameters. */
function urlsOfRoutes(): string[] {
  const fullPath = (id: string): string => {
    const route = table[id];
    if (!route) return "";
    const own = route.path ?? "";
    const parent = route.parentId ? fullPath(route.parentId) : "";
    return [parent, own].filter(Boolean).join("/");
  };
  return Object.keys(table).map(
    (id) =>
      "/" +
      fullPath(id)
        .replace(/:\w+\??/g, "sample-slug")
        .replace(/\*$/, "some/deep/path"),
  );
}

describe("routes in play", () => {
  const urls = [
    ...new Set([
      ...urlsOfRoutes(),
      "/",
      "/products/kopi-gayo/extra/segments",
      "/producer/listings/abc/unknown",
      "/no/such/page",
      "/librarian/producers/p1/listings",
      "/PRODUCTS/Kopi-Gayo",
      "/Login",
    ]),
  ];
  const dataUrl = (url: string) => (url === "/" ? "/_root.data" : `${url.replace(/\/$/, "")}.data`);

  test("the app has the routes this test walks", () => {
    expect(urls.length).toBeGreaterThan(60);
  });

  test.each(urls)("%s renders byte for byte as with the whole table", async (url) => {
    const request = () => new Request(`http://localhost${url}`);
    const [expected, inPlay, slice] = await Promise.all([whole(request()), trimmed(request()), sliced(request())]);
    const html = await expected.text();
    expect(html).toContain("window.__remixManifest");
    for (const response of [inPlay, slice]) {
      expect(response.status).toBe(expected.status);
      expect(await response.text()).toBe(html);
    }
    // The page's data request (single fetch) too.
    const [data, slicedData] = await Promise.all([
      whole(new Request(`http://localhost${dataUrl(url)}`)),
      sliced(new Request(`http://localhost${dataUrl(url)}`)),
    ]);
    expect(slicedData.status).toBe(data.status);
    expect(await slicedData.text()).toBe(await data.text());
  });

  test("Remix's route discovery and unusual paths go to the whole table", async () => {
    expect(sliceKey("/__manifest")).toBeUndefined();
    expect(sliceKey("//products")).toBeUndefined();
    expect(sliceKey("/produc%74s/kopi")).toBeUndefined();
    expect(sliceKey("/_root.data")).toBe("");
    expect(sliceKey("/Products/kopi.data")).toBe("products");
    const discovery = "/__manifest?p=%2Fproducts%2Fkopi&p=%2Flibraries%2Fx&version=test";
    const [a, b] = await Promise.all([
      whole(new Request(`http://localhost${discovery}`)),
      sliced(new Request(`http://localhost${discovery}`)),
    ]);
    expect(b.status).toBe(a.status);
    expect(await b.text()).toBe(await a.text());
  });

  test("the parent paths are those Remix sends the browser the matches of", () => {
    expect(parentPaths("/")).toEqual(["/"]);
    expect(parentPaths("/products/kopi")).toEqual(["/", "/products"]);
    expect(parentPaths("/producer/listings/abc/edit")).toEqual([
      "/",
      "/producer/listings/abc",
      "/producer/listings",
      "/producer",
    ]);
  });

  test("a render with matches outside the manifest keeps the whole manifest", () => {
    const context = {
      manifest: { routes: { root: { id: "root", path: "" } } },
      staticHandlerContext: { matches: [{ route: { id: "__shim-error-route__" } }], location: { pathname: "/x" } },
    } as unknown as EntryContext;
    expect(routesInPlay(context)).toBeUndefined();
    expect(withRoutesInPlay(context)).toBe(context);
  });
});
