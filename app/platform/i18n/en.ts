// English: same keys as id.ts (the type checker enforces it), in the same two sets.
import { enPublic } from "./en-public";
import { enWorkspace } from "./en-workspace";
import type { Messages } from "./id";

export const en: Messages = { ...enPublic, ...enWorkspace };
