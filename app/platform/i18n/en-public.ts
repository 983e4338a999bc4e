// English for the public pages (home, catalogue, product, library and
// producer pages, the site layout and error pages): the only messages a
// shopper's first visit downloads, without the keys only other pages show
// (public-share.ts). See message-sets.ts.
import type { idPublic } from "./id-public";
import type { Messages } from "./id";
import { publicShare } from "./public-share";
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
import { auth } from "./locales/en/auth";
import { errors } from "./locales/en/errors";
import { sponsorPublic } from "./locales/en/sponsorPublic";
import { share } from "./locales/en/share";
import { chat } from "./locales/en/chat";
import { impactStory } from "./locales/en/impactStory";
import { reviews } from "./locales/en/reviews"; // issue 15

export const enPublic: Pick<Messages, keyof typeof idPublic> = publicShare({
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
  auth,
  errors,
  sponsorPublic,
  share,
  chat,
  impactStory,
  reviews, // issue 15
});
