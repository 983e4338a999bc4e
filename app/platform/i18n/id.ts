// Bahasa Indonesia: the source of every key, one file per namespace under
// locales/id, grouped into the public pages' set, the impact page's and the rest (see
// message-sets.ts). en.ts must have the same shape (the type checker enforces it).
import { idImpact } from "./id-impact";
import { idPublic } from "./id-public";
import { idWorkspace } from "./id-workspace";

export const id = { ...idPublic, ...idImpact, ...idWorkspace } as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof id>;
