// What a section of the storefront curation page gets back when the action
// refuses its form: the field errors (i18n keys) and what the person typed.
import type { FieldErrors, FormValues } from "~/platform/form.server";

export type Refusal = { errors: FieldErrors; values: FormValues };
