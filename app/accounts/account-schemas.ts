// Issue 16 forms: forgotten and new passwords, the password change. Messages
// are i18n keys under `auth.errors` (shared with sign-up).
import { z } from "zod";
import { SignupSchema } from "./schemas";

const newPassword = SignupSchema.shape.password;

export const ForgotPasswordSchema = z.object({ email: SignupSchema.shape.email });

export const ResetPasswordSchema = z.object({ password: newPassword });

export const ChangePasswordSchema = z.object({
  current: z.string().min(1, { error: "invalidCredentials" }).max(200, { error: "passwordTooLong" }),
  password: newPassword,
});
