// A filter of a listing (GET form): "all" first, then each option with how
// many results it leaves, where that number is known.
import { useTranslation } from "~/platform/i18n/react";
import { SelectField } from "./field";

export type FilterOption = { value: string; name: string; count?: number };

export function FilterSelect({
  id,
  name,
  label,
  allLabel,
  options,
  value,
  className,
}: {
  id: string;
  name: string;
  label: string;
  /** The empty choice: no filter. */
  allLabel: string;
  options: FilterOption[];
  value: string | undefined;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField id={id} name={name} label={label} defaultValue={value ?? ""} className={className}>
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.count === undefined ? option.name : t("search.optionCount", option)}
        </option>
      ))}
    </SelectField>
  );
}
