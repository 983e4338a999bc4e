// The words of a field's refusal: actions answer with field errors whose
// messages are i18n keys ({ title: "librarian.errors.titleRequired" }); a
// field shows the translated sentence, or nothing.
import { useTranslation } from "~/platform/i18n/react";

export function useErrorText(errors: Partial<Record<string, string>> | undefined) {
  const { t } = useTranslation();
  return (field: string): string | undefined => {
    const key = errors?.[field];
    return key ? t(key) : undefined;
  };
}
