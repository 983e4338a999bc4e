// What the sections of the storefront curation page share: their frame (a
// heading the page comes back to after a save, and what the section is for)
// and what a section gets back when the action refuses its form.
import type { ReactNode } from "react";
import type { FieldErrors, FormValues } from "~/platform/form.server";

/** A refused form: its field errors (i18n keys) and what the person typed. */
export type Refusal = { errors: FieldErrors; values: FormValues };

export function CurationSection({
  id,
  title,
  intro,
  children,
}: {
  /** The heading's id: the anchor a saved form's redirect points at. */
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {intro ? <p className="text-sm text-stone-700">{intro}</p> : null}
      {children}
    </section>
  );
}
