// Bahasa Indonesia for the public impact page (/impact), beside the public
// set; the workspaces' impact pages get it too. See message-sets.ts.
import { impact } from "./locales/id/impact";

export const idImpact = { impact } as const;
