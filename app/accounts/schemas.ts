// Account forms' validation, shared by the server and (later) the client.
// Messages are i18n keys under `auth.errors`.
import { z } from "zod";
import { normaliseIndonesianPhone } from "~/platform/phone";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }));

/**
 * issue 16: the log-in name is an e-mail address or, for producers without
 * one, the Indonesian phone number they log in with (normalised to E.164).
 * Anything else cannot name an account: refused like a wrong password.
 */
const loginName = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: "invalidCredentials" })
  .transform((value, ctx) => {
    if (value.includes("@")) return value;
    const phone = normaliseIndonesianPhone(value);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: "invalidCredentials" });
      return z.NEVER;
    }
    return phone;
  });

export const LoginSchema = z.object({
  email: loginName,
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
