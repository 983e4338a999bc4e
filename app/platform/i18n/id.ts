// Bahasa Indonesia: the source of every key, one file per namespace under
// locales/id. en.ts must have the same shape (the type checker enforces it).
import { meta } from "./locales/id/meta";
import { nav } from "./locales/id/nav";
import { footer } from "./locales/id/footer";
import { home } from "./locales/id/home";
import { catalog } from "./locales/id/catalog";
import { search } from "./locales/id/search";
import { product } from "./locales/id/product";
import { library } from "./locales/id/library";
import { producer } from "./locales/id/producer";
import { training } from "./locales/id/training";
import { cart } from "./locales/id/cart";
import { orders } from "./locales/id/orders";
import { auth } from "./locales/id/auth";
import { workspace } from "./locales/id/workspace";
import { errors } from "./locales/id/errors";
import { listings } from "./locales/id/listings";
import { onboarding } from "./locales/id/onboarding";
import { librarian } from "./locales/id/librarian";
import { audit } from "./locales/id/audit";
import { eventSales } from "./locales/id/eventSales";

export const id = {
  meta,
  nav,
  footer,
  home,
  catalog,
  search,
  product,
  library,
  producer,
  training,
  cart,
  orders,
  auth,
  workspace,
  errors,
  listings,
  onboarding,
  librarian,
  audit,
  eventSales,
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof id>;
