// English for the public impact page (/impact). See message-sets.ts.
import type { Messages } from "./id";
import type { idImpact } from "./id-impact";
import { impact } from "./locales/en/impact";

export const enImpact: Pick<Messages, keyof typeof idImpact> = { impact };
