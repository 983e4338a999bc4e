// English: same keys as id.ts, one file per namespace under locales/en.
import type { Messages } from "./id";
import { meta } from "./locales/en/meta";
import { nav } from "./locales/en/nav";
import { footer } from "./locales/en/footer";
import { home } from "./locales/en/home";
import { catalog } from "./locales/en/catalog";
import { search } from "./locales/en/search";
import { product } from "./locales/en/product";
import { library } from "./locales/en/library";
import { producer } from "./locales/en/producer";
import { training } from "./locales/en/training";
import { cart } from "./locales/en/cart";
import { orders } from "./locales/en/orders";
import { auth } from "./locales/en/auth";
import { workspace } from "./locales/en/workspace";
import { errors } from "./locales/en/errors";
import { listings } from "./locales/en/listings";
import { onboarding } from "./locales/en/onboarding";
import { librarian } from "./locales/en/librarian";
import { audit } from "./locales/en/audit";
import { eventSales } from "./locales/en/eventSales";

export const en: Messages = {
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
};
