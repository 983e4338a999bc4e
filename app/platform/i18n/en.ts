// English: same keys as id.ts (the type checker enforces it), in the same three sets.
import { enImpact } from "./en-impact";
import { enPublic } from "./en-public";
import { enWorkspace } from "./en-workspace";
import type { Messages } from "./id";

export const en: Messages = { ...enPublic, ...enImpact, ...enWorkspace };
