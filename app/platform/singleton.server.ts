// Keeps one instance of an expensive object (database client, PGlite) per
// process, also across Vite's dev-server module reloads. Everything the app
// keeps for the life of a process (parsed configuration, caches, clients) lives
// here, so that one call forgets it all: the test set-up does between two test
// files that share a process, each with a database and DATA_DIR of its own.
function store(): Map<string, unknown> {
  const holder = globalThis as unknown as { __lapakSingletons?: Map<string, unknown> };
  holder.__lapakSingletons ??= new Map();
  return holder.__lapakSingletons;
}

export function singleton<Value>(name: string, create: () => Value): Value {
  const kept = store();
  if (!kept.has(name)) kept.set(name, create());
  return kept.get(name) as Value;
}

/** Forgets every kept instance (close what needs closing first: the database). */
export function forgetSingletons(): void {
  store().clear();
}
