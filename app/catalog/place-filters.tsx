// The province and regency filters of a listing (the catalogue, the library
// directory): the regency is offered once a province is chosen.
import { useTranslation } from "~/platform/i18n/react";
import { FilterSelect, type FilterOption } from "~/ui/filter-select";

export function PlaceFilters({
  idPrefix,
  provinces,
  regencies,
  province,
  regency,
  className,
}: {
  idPrefix: string;
  provinces: FilterOption[];
  regencies: FilterOption[];
  province: string | undefined;
  regency: string | undefined;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FilterSelect
        id={`${idPrefix}-province`}
        name="province"
        label={t("search.province")}
        allLabel={t("search.allProvinces")}
        value={province}
        options={provinces}
        className={className}
      />
      {regencies.length ? (
        <FilterSelect
          id={`${idPrefix}-regency`}
          name="regency"
          label={t("search.regency")}
          allLabel={t("search.allRegencies")}
          value={regency}
          options={regencies}
          className={className}
        />
      ) : null}
    </>
  );
}
