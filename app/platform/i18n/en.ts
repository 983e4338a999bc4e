// English: same keys as id.ts, one file per namespace under locales/en.
import type { Messages } from "./id";
import { meta } from "./locales/en/meta";
import { nav } from "./locales/en/nav";
import { footer } from "./locales/en/footer";
import { home } from "./locales/en/home";
import { catalog } from "./locales/en/catalog";
import { product } from "./locales/en/product";
import { library } from "./locales/en/library";
import { producer } from "./locales/en/producer";
import { training } from "./locales/en/training";
import { cart } from "./locales/en/cart";
import { auth } from "./locales/en/auth";
import { workspace } from "./locales/en/workspace";
import { errors } from "./locales/en/errors";

export const en: Messages = {
  meta,
  nav,
  footer,
  home,
  catalog,
  product,
  library,
  producer,
  training,
  cart,
  auth,
  workspace,
  errors,
};
