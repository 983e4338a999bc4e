// Issue 16 forms: forgotten and new passwords, the password change. Messages
// are i18n keys under `auth.errors` (shared with sign-up).
import { z } from "zod";
import { SignupSchema } from "./schemas";

const newPassword = SignupSchema.shape.password;

export const ForgotPasswordSchema = z.object({ email: SignupSchema.shape.email });

export const ResetPasswordSchema = z.object({ password: newPassword });

export const ChangePasswordSchema = z.object({
  current: z
    .string({ error: "invalidCredentials" })
    .min(1, { error: "invalidCredentials" })
    .max(200, { error: "passwordTooLong" }),
  password: newPassword,
});

/** /account/data: correcting one's own name and phone number. */
export const CorrectDataSchema = z.object({ name: SignupSchema.shape.name, phone: SignupSchema.shape.phone });

/** /account/data: the deletion, confirmed by typing HAPUS and the password. */
export const DeleteAccountSchema = z.object({
  confirm: z.literal("HAPUS", { error: "confirmWord" }),
  password: z.string().min(1, { error: "passwordWrong" }).max(200, { error: "passwordWrong" }),
});

export const ConsentKindSchema = z.object({
  kind: z.enum(["PUBLIC_PROFILE", "WHATSAPP_NUMBER", "IMPACT_REPORTS", "IMPACT_STORY"]),
});
