// The one way an action reads a form: the CSRF check, the zod parse, and the
// field errors in one shape ({ field: i18n key }, the first error of each
// field), so every page shows errors the same way and no action forgets the
// CSRF check. Text carrying control characters is refused here, before any
// schema sees it, so none is ever stored (issue 19: a NUL byte in a page makes
// some crawlers stop reading).
import type { z } from "zod";
import { assertCsrf, assertCsrfOrFirstVisitSameOrigin } from "./csrf.server";

/** The first error of each field, keyed by the input's name ("title", "variants.0.priceIdr"). */
export type FieldErrors = Partial<Record<string, string>>;

/** What the person typed, to fill the form again after a refusal (text fields only; never files). */
export type FormValues = Record<string, string>;

export type ParsedForm<T> =
  | { ok: true; data: T; formData: FormData }
  | { ok: false; errors: FieldErrors; values: FormValues; formData: FormData };

type ReadOptions = {
  /**
   * "double-submit" (default): the token of the signed cookie must come back.
   * "first-visit-same-origin": also a same-site post from a cookieless first
   * visit of a publicly cached page (see csrf.server.ts).
   */
  csrf?: "double-submit" | "first-visit-same-origin";
  /** An already-read body (a multipart upload streamed through the image pipeline). */
  formData?: FormData;
};

/** The request's form after the CSRF check (403 otherwise). */
export async function readForm(request: Request, options: ReadOptions = {}): Promise<FormData> {
  const formData = options.formData ?? (await request.formData());
  if (options.csrf === "first-visit-same-origin") await assertCsrfOrFirstVisitSameOrigin(request, formData);
  else await assertCsrf(request, formData);
  return formData;
}

/**
 * C0 control characters other than tab, line feed and carriage return, and
 * DEL: no person types them, and NUL in particular breaks what reads the page
 * later (crawlers, CSV exports, PostgreSQL refuses it in text outright).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const CONTROL_CHARACTERS_ERROR = "errors.controlCharacters";

/** True when `text` holds a control character a form may not carry. */
export const hasControlCharacters = (text: string) => new RegExp(CONTROL_CHARACTERS.source).test(text);

/**
 * A search box's query parameter as text a query may use: control characters
 * dropped (PostgreSQL refuses NUL outright: a 500 otherwise), trimmed, at most
 * `maxLength` characters; "" when absent.
 */
export function queryText(url: URL, name: string, maxLength: number): string {
  return (url.searchParams.get(name) ?? "").replace(CONTROL_CHARACTERS, "").trim().slice(0, maxLength);
}

/** Text fields of a form as a plain object; repeated names keep their last value. Files are left out. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of formData) if (typeof value === "string") values[name] = value;
  return values;
}

/** Each text field (any of a repeated name's values) holding a control character, with the error key. */
function controlCharacterErrors(formData: FormData): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, value] of formData)
    if (typeof value === "string" && hasControlCharacters(value)) errors[name] = CONTROL_CHARACTERS_ERROR;
  return errors;
}

/** What was typed, to fill the form again, without the control characters (they would reach the page). */
const echoedValues = (formData: FormData): FormValues =>
  Object.fromEntries(
    Object.entries(formValues(formData)).map(([name, value]) => [name, value.replace(CONTROL_CHARACTERS, "")]),
  );

/** The first error of each field. Nested paths are joined by dots; an error of the whole form is under "form". */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * Parses an already-read form with `schema` (the input is the form's text
 * fields, or what `input` makes of it). A text field holding a control
 * character is refused with "errors.controlCharacters", whatever the schema
 * says of it.
 */
export function parseFormData<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  input: (formData: FormData) => unknown = formValues,
): ParsedForm<z.output<S>> {
  const refused = controlCharacterErrors(formData);
  const parsed = schema.safeParse(input(formData));
  if (parsed.success && !Object.keys(refused).length) return { ok: true, data: parsed.data, formData };
  const errors = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...refused };
  return { ok: false, errors, values: echoedValues(formData), formData };
}

/** Reads the request's form (CSRF checked) and parses it: the common case of an action. */
export async function parseForm<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: ReadOptions & { input?: (formData: FormData) => unknown } = {},
): Promise<ParsedForm<z.output<S>>> {
  return parseFormData(await readForm(request, options), schema, options.input);
}
