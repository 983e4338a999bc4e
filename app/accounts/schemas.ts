// Account forms' validation, shared by the server and (later) the client.
// Messages are i18n keys under `auth.errors`.
import { z } from "zod";
import { normaliseIndonesianPhone } from "~/platform/phone";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }));

export const LoginSchema = z.object({
  email,
  password: z.string().min(1, { error: "invalidCredentials" }).max(200, { error: "passwordTooLong" }),
  redirectTo: z.string().optional(),
});

export const SignupSchema = z.object({
  name: z.string().trim().min(1, { error: "nameRequired" }).max(120, { error: "nameRequired" }),
  email,
  phone: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const phone = normaliseIndonesianPhone(value);
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "phoneInvalid" });
        return z.NEVER;
      }
      return phone;
    }),
  password: z.string().min(8, { error: "passwordTooShort" }).max(200, { error: "passwordTooLong" }),
  redirectTo: z.string().optional(),
});
