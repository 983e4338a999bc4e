// Bahasa Indonesia for the public pages (home, catalogue, product, library and
// producer pages, the site layout and error pages): the only messages a
// shopper's first visit downloads, without the keys only other pages show
// (public-share.ts). See message-sets.ts.
import { publicShare } from "./public-share";
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
import { auth } from "./locales/id/auth";
import { errors } from "./locales/id/errors";
import { sponsorPublic } from "./locales/id/sponsorPublic";
import { share } from "./locales/id/share";
import { chat } from "./locales/id/chat";
import { impactStory } from "./locales/id/impactStory";
import { reviews } from "./locales/id/reviews"; // issue 15

export const idPublic = publicShare({
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
} as const);
