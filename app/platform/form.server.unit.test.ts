import { describe, expect, test } from "vitest";
import { z } from "zod";
import { csrfToken } from "./csrf.server";
import { fieldErrorsOf, formValues, hasControlCharacters, parseForm, parseFormData } from "./form.server";

const Schema = z.object({
  name: z.string().trim().min(1, "nameRequired"),
  items: z.array(z.object({ quantity: z.coerce.number().int().min(1, "quantityTooSmall") })),
});

async function postWith(fields: Record<string, string>, { withToken = true } = {}) {
  const { token, setCookie } = await csrfToken(new Request("http://localhost/"));
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  if (withToken) body.set("csrf", token);
  return new Request("http://localhost/form", {
    method: "POST",
    headers: { Cookie: setCookie!.split(";")[0]! },
    body,
  });
}

const flat = z.object({ name: z.string().trim().min(1, "nameRequired") });

test("a valid form with its CSRF token parses to the schema's output", async () => {
  const form = await parseForm(await postWith({ name: " Rina " }), flat);
  expect(form.ok && form.data).toEqual({ name: "Rina" });
});

test("a form without the CSRF token is refused with a 403 before it is parsed", async () => {
  const refusal = await parseForm(await postWith({ name: "Rina" }, { withToken: false }), flat).catch((e) => e);
  expect(refusal).toBeInstanceOf(Response);
  expect((refusal as Response).status).toBe(403);
});

test("errors come back as the first message of each field, with what was typed", async () => {
  const form = await parseForm(await postWith({ name: "  " }), flat);
  expect(form.ok).toBe(false);
  if (form.ok) return;
  expect(form.errors).toEqual({ name: "nameRequired" });
  expect(form.values).toMatchObject({ name: "  " });
});

test("nested fields are named by their dotted path; a whole-form error by 'form'", () => {
  const parsed = Schema.safeParse({ name: "", items: [{ quantity: "1" }, { quantity: "0" }] });
  expect(parsed.success).toBe(false);
  if (parsed.success) return;
  expect(fieldErrorsOf(parsed.error)).toEqual({ name: "nameRequired", "items.1.quantity": "quantityTooSmall" });
  const whole = z
    .object({})
    .refine(() => false, "tooLate")
    .safeParse({});
  expect(!whole.success && fieldErrorsOf(whole.error)).toEqual({ form: "tooLate" });
});

test("files are never echoed back as values", () => {
  const formData = new FormData();
  formData.set("alt", "Keripik");
  formData.set("photo", new File(["x"], "a.jpg"));
  expect(formValues(formData)).toEqual({ alt: "Keripik" });
});

describe("control characters are refused at the form boundary (issue 19)", () => {
  test.each([
    ["NUL", "Keripik\u0000Pisang"],
    ["bell", "Keripik\u0007"],
    ["vertical tab", "a\u000Bb"],
    ["form feed", "a\u000Cb"],
    ["escape", "\u001B[31mmerah"],
    ["unit separator", "a\u001Fb"],
    ["DEL", "a\u007Fb"],
  ])("%s in a text field: refused with errors.controlCharacters, never parsed into data", async (_, text) => {
    const form = await parseForm(await postWith({ name: text }), flat);
    expect(form.ok).toBe(false);
    if (form.ok) return;
    expect(form.errors).toEqual({ name: "errors.controlCharacters" });
    // What is echoed back to the page carries no control character either.
    expect(hasControlCharacters(form.values.name!)).toBe(false);
  });

  test("tab, line feed and carriage return are ordinary text", async () => {
    const form = await parseForm(await postWith({ name: "Baris satu\r\nBaris\tdua\n" }), flat);
    expect(form.ok && form.data).toEqual({ name: "Baris satu\r\nBaris\tdua" });
  });

  test("other scripts, emoji and C1-free Unicode pass", async () => {
    const form = await parseForm(await postWith({ name: "Kopi — ☕ é ꦗꦮ" }), flat);
    expect(form.ok).toBe(true);
  });

  test("a field the schema does not know, or a repeated name, is checked too; schema errors still show", () => {
    const formData = new FormData();
    formData.append("tag", "ok");
    formData.append("tag", "bad\u0000");
    formData.set("note", "x\u0001");
    formData.set("name", "");
    const form = parseFormData(formData, flat);
    expect(form.ok).toBe(false);
    if (form.ok) return;
    expect(form.errors).toEqual({
      name: "nameRequired",
      tag: "errors.controlCharacters",
      note: "errors.controlCharacters",
    });
    expect(form.values).toMatchObject({ tag: "bad", note: "x" });
  });

  test("a file's name or bytes are not text fields: they go through the image pipeline's own checks", () => {
    const formData = new FormData();
    formData.set("name", "Rina");
    formData.set("photo", new File(["\u0000\u0001"], "a\u0001.jpg"));
    expect(parseFormData(formData, flat).ok).toBe(true);
  });
});
