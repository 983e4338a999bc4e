// A titled part of a page: a <section> named by its own h2, so the outline of
// every page goes h1 → h2 (→ h3 inside) and screen readers can list the
// sections by name.
import type { ReactNode } from "react";

export function PageSection({
  id,
  title,
  children,
  className,
}: {
  /** The heading's id; unique on the page. */
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
