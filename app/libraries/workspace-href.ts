// Links inside the librarian workspace carry `?library=<slug>`, so a person
// who keeps several libraries stays on the one they chose. Client-safe.
export function workspaceHref(path: string, librarySlug: string): string {
  const [pathname, search = ""] = path.split("?");
  const params = new URLSearchParams(search);
  params.set("library", librarySlug);
  return `${pathname}?${params}`;
}
