// Bahasa Indonesia: the source of every key, one file per namespace under
// locales/id, grouped into the public pages' set and the rest (see
// message-sets.ts). en.ts must have the same shape (the type checker enforces it).
import { idPublic } from "./id-public";
import { idWorkspace } from "./id-workspace";

export const id = { ...idPublic, ...idWorkspace } as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof id>;
