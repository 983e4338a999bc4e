// A Remix server build made in memory, for tests that run requests through
// Remix's real request handler (and our real entry.server or HTTP server)
// without `npm run build`: route modules are plain objects.
import type { ServerBuild, ServerEntryModule } from "@remix-run/node";
import remixConfig from "../../remix.config.js";

type RouteModule = ServerBuild["routes"][string]["module"];

/** A resource route has no component: only `loader` and/or `action`. */
export type TestRoute = { id: string; path?: string; index?: boolean; parentId?: string; module: Partial<RouteModule> };

export function serverBuildOf(
  routes: TestRoute[],
  { entry, mode = "production" }: { entry: ServerEntryModule; mode?: string },
): ServerBuild {
  return {
    mode,
    entry: { module: entry },
    routes: Object.fromEntries(
      routes.map((route) => [
        route.id,
        {
          id: route.id,
          path: route.path,
          index: route.index,
          parentId: route.parentId,
          module: route.module as RouteModule,
        },
      ]),
    ),
    assets: {
      entry: { imports: [], module: "/assets/entry.client.js" },
      routes: Object.fromEntries(
        routes.map((route) => [
          route.id,
          {
            id: route.id,
            path: route.path,
            index: route.index,
            parentId: route.parentId,
            module: `/assets/${route.id}.js`,
            hasAction: Boolean(route.module.action),
            hasLoader: Boolean(route.module.loader),
            hasClientAction: false,
            hasClientLoader: false,
            hasErrorBoundary: Boolean(route.module.ErrorBoundary),
            imports: [],
          },
        ]),
      ),
      url: "/assets/manifest.js",
      version: "test",
    },
    publicPath: "/",
    assetsBuildDirectory: "build/client",
    future: { ...remixConfig.future, v3_fetcherPersist: true } as ServerBuild["future"],
    isSpaMode: false,
  };
}
