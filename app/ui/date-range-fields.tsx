// A from/until pair of date fields (`startsOn`, `endsOn`) side by side: the
// start defaults to today, the end is open until the person sets it.
import { Field } from "./field";

export function DateRangeFields({
  labels,
  values,
  today,
  error,
}: {
  /** Already translated. */
  labels: { startsOn: string; endsOn: string; endsOnHint?: string };
  values: { startsOn?: string; endsOn?: string };
  /** YYYY-MM-DD: the start's default. */
  today: string;
  /** The translated error of a field, if any. */
  error: (name: "startsOn" | "endsOn") => string | undefined;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field
        name="startsOn"
        type="date"
        label={labels.startsOn}
        defaultValue={values.startsOn ?? today}
        error={error("startsOn")}
      />
      <Field
        name="endsOn"
        type="date"
        label={labels.endsOn}
        hint={labels.endsOnHint}
        defaultValue={values.endsOn ?? ""}
        error={error("endsOn")}
      />
    </div>
  );
}
