// Keeps one instance of an expensive object (database client, PGlite) per
// process, also across Vite's dev-server module reloads.
export function singleton<Value>(name: string, create: () => Value): Value {
  const store = globalThis as unknown as { __lapakSingletons?: Map<string, unknown> };
  store.__lapakSingletons ??= new Map();
  if (!store.__lapakSingletons.has(name)) store.__lapakSingletons.set(name, create());
  return store.__lapakSingletons.get(name) as Value;
}
