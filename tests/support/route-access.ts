// Who may use every route of app/routes: the route-access table of issue 14.
// tests/integration/route-access.test.ts walks it for ten people (anonymous,
// a shopper, producers A and B, librarians of libraries A and B, members of
// partners X and Y, an admin of A's province and a national admin): a page
// load and a forged form post (with that person's valid CSRF token) per route,
// and compares what happened with what the entry says. A route file without an
// entry fails that test: add one here when you add a route.
//
// The world both that test and tests/integration/hostile-input.test.ts build
// with buildRouteWorld() below (one of each; "A" things are the ones
// addressed): library A in province P, library B in province Q; producer A
// (home library A, a published listing, a listing in review, an order of the
// shopper) and producer B (home library B); partner X (working area P) and Y (Q).
import { prisma } from "~/platform/db.server";
import {
  createAdmin,
  createCategory,
  createLibrarian,
  createLibrary,
  createPartner,
  createProducer,
  createProduct,
  createUser,
  ensureTestAreas,
  ensureTestProvince,
} from "../db-utils";
import { placeOneOrder } from "./buying";

export const PEOPLE = [
  "anonymous",
  "shopper",
  "producerA",
  "producerB",
  "librarianA",
  "librarianB",
  "memberX",
  "memberY",
  "provinceAdmin",
  "nationalAdmin",
] as const;

export type Person = (typeof PEOPLE)[number];

/**
 * What a request may end in: "ok" is anything the person is let through to
 * (a page, a redirect elsewhere than log-in, or a 4xx answer about the form
 * such as 400/409/422); "login" a redirect to /login; 403 and 404 refusals.
 * A 500 is never expected.
 */
export type Outcome = "ok" | "login" | 403 | 404;

export type Expectation = Record<Person, Outcome>;

/** The ids and slugs of the world the test builds, for urls and forms. */
export type World = {
  libraryA: { id: string; slug: string };
  producerA: { id: string; slug: string };
  productA: { id: string; slug: string };
  /** Producer A's listing waiting for library A's review. */
  reviewA: { id: string };
  trainingA: { id: string };
  /** The shopper's order of producer A's product, picked up at library A. */
  orderA: { id: string };
  checkoutA: { id: string };
  partnerX: { id: string; slug: string };
  /** Partner X's sponsorship campaign of product A, waiting for approval (not live). */
  campaignX: { id: string };
  /** A food category, for a valid listing form. */
  foodCategory: { id: string };
};

/**
 * A listing form that passes validation, so that a forged edit reaches the
 * ownership check (an empty form is refused before it, proving nothing).
 */
export const validListingForm = (world: World): Record<string, string> => ({
  title: "Keripik Pisang Palsu",
  description: "Ditulis oleh orang lain.",
  categoryId: world.foodCategory.id,
  pickupLibraryId: world.libraryA.id,
  foodKind: "GENERAL",
  weightGrams: "250",
  shelfLifeDays: "90",
  packaging: "Standing pouch",
  ingredients: "Pisang, minyak kelapa, garam",
  allergens: "",
  pirtNumber: "2061207010123-26",
  pirtIssuedOn: "2024-01-10",
  bpomNumber: "",
  halalCertNumber: "ID12110000123450324",
  halalExpiresOn: "2029-03-01",
  "variants.0.id": "",
  "variants.0.name": "250 g",
  "variants.0.priceIdr": "15000",
  "variants.0.stock": "20",
  "variants.0.sku": "",
});

export type RouteEntry = {
  /** The page's url (with its query) in the test's world. */
  url: (world: World) => string;
  /** Route params as Remix gives them for that url. */
  params?: (world: World) => Record<string, string>;
  /** Who may load the page; null when the file has no loader (a layout). */
  loader: Expectation | null;
  /** Who may post to it; null when the file has no action. */
  action: Expectation | null;
  /** The forged post's fields besides the CSRF token (an intent, say). */
  form?: (world: World) => Record<string, string>;
  /** Why this route's expectation is what it is, when not obvious. */
  note?: string;
};

const everyone = (outcome: Outcome): Expectation =>
  Object.fromEntries(PEOPLE.map((person) => [person, outcome])) as Expectation;

/** Everyone may; `except` overrides some people. */
const open = (except: Partial<Expectation> = {}): Expectation => ({ ...everyone("ok"), ...except });

/** Anyone signed in. */
const signedIn = (except: Partial<Expectation> = {}): Expectation => open({ anonymous: "login", ...except });

/** Only the named people; anonymous goes to log-in, everyone else 403. */
const only = (people: Person[], except: Partial<Expectation> = {}): Expectation => ({
  ...everyone(403),
  anonymous: "login",
  ...Object.fromEntries(people.map((person) => [person, "ok"])),
  ...except,
});

const producers = only(["producerA", "producerB"]);
/** Producer A's own order: producer B is told it does not exist. */
const producerAOrder = only(["producerA"], { producerB: 404 });
/** Producer A's own listing: producer B is refused (403; the listing is public once published anyway). */
const producerAListing = only(["producerA"]);
const admins = only(["provinceAdmin", "nationalAdmin"]);
/** Library A's workspace: its librarian and the admins over it. */
const libraryA = only(["librarianA", "provinceAdmin", "nationalAdmin"]);
/** Partner X's workspace: its members only (admins act through /admin/partners). */
const partnerX = only(["memberX"]);

const lib = (world: World) => `library=${world.libraryA.slug}`;
const partner = (world: World) => `partner=${world.partnerX.slug}`;

/** Keyed by the file name in app/routes. */
export const ROUTE_ACCESS: Record<string, RouteEntry> = {
  // ------------------------------------------------------------ public pages
  "$.tsx": { url: () => "/tidak-ada", params: () => ({ "*": "tidak-ada" }), loader: everyone(404), action: null },
  "_index.tsx": { url: () => "/", loader: open(), action: null },
  "products._index.tsx": { url: () => "/products?q=kripik", loader: open(), action: null },
  "products.$slug.tsx": {
    url: (w) => `/products/${w.productA.slug}`,
    params: (w) => ({ slug: w.productA.slug }),
    loader: open(),
    action: null,
  },
  "reviews.$id.report.tsx": {
    url: () => "/reviews/no-such-review/report",
    params: () => ({ id: "no-such-review" }),
    loader: everyone(404),
    action: everyone(404),
    note: "issue 15: anyone may report a visible review (tests: orders/reviews.server.test.ts); the world holds none",
  },
  "producers.$slug.tsx": {
    url: (w) => `/producers/${w.producerA.slug}`,
    params: (w) => ({ slug: w.producerA.slug }),
    loader: open(),
    action: null,
  },
  "libraries._index.tsx": { url: () => "/libraries", loader: open(), action: null },
  "libraries.$slug.tsx": {
    url: (w) => `/libraries/${w.libraryA.slug}`,
    params: (w) => ({ slug: w.libraryA.slug }),
    loader: open(),
    action: null,
  },
  "media.$key.$file.ts": {
    url: () => "/media/tidakada/400.webp",
    params: () => ({ key: "tidakada", file: "400.webp" }),
    loader: everyone(404),
    action: null,
    note: "public image renditions; an unknown image is a 404 for everyone",
  },
  "healthz.ts": { url: () => "/healthz", loader: open(), action: null },
  "robots[.]txt.ts": { url: () => "/robots.txt", loader: open(), action: null },
  "sitemap[.]xml.ts": { url: () => "/sitemap.xml", loader: open(), action: null },
  "sitemaps.$part.ts": {
    url: () => "/sitemaps/products-1.xml",
    params: () => ({ part: "products-1.xml" }),
    loader: open(),
    action: null,
  },
  "bench.floor.tsx": {
    url: () => "/bench/floor?bytes=10",
    loader: everyone(404),
    action: null,
    note: "exists only under LAPAK_BENCH=1",
  },
  "impact.tsx": { url: () => "/impact", loader: open(), action: null },
  "partners._index.tsx": { url: () => "/partners", loader: open(), action: null },
  "partners.$slug.tsx": {
    url: (w) => `/partners/${w.partnerX.slug}`,
    params: (w) => ({ slug: w.partnerX.slug }),
    loader: everyone(404),
    action: null,
    note: "partner X is not verified: an unverified partner has no public page, for anyone",
  },
  "endorsements.$code.tsx": {
    url: () => "/endorsements/aaaaaaaaaaaaaaaaaaaaaaaaaa",
    params: () => ({ code: "aaaaaaaaaaaaaaaaaaaaaaaaaa" }),
    loader: everyone(404),
    action: null,
    note: "public verification of an endorsement by its unguessable code; an unknown code is a 404",
  },
  "endorsements.$code_.card.tsx": {
    url: () => "/endorsements/aaaaaaaaaaaaaaaaaaaaaaaaaa/card",
    params: () => ({ code: "aaaaaaaaaaaaaaaaaaaaaaaaaa" }),
    loader: everyone(404),
    action: null,
  },
  "products_.$slug.card[.]jpg.ts": {
    url: (w) => `/products/${w.productA.slug}/card.jpg`,
    params: (w) => ({ slug: w.productA.slug }),
    loader: open(),
    action: null,
    note: "the public share card of a published listing",
  },
  "sponsored.$id.why.tsx": {
    url: (w) => `/sponsored/${w.campaignX.id}/why`,
    params: (w) => ({ id: w.campaignX.id }),
    loader: everyone(404),
    action: null,
    note: "explains a live campaign only: campaign X awaits approval, so it is a 404 for anyone (its partner too)",
  },
  "sponsored.$id.click.ts": {
    url: (w) => `/sponsored/${w.campaignX.id}/click`,
    params: (w) => ({ id: w.campaignX.id }),
    loader: everyone(404),
    action: null,
    note: "redirects to a running campaign's target only: campaign X awaits approval, so it is a 404 for anyone",
  },
  "sponsored.$id.seen[.]gif.ts": {
    url: (w) => `/sponsored/${w.campaignX.id}/seen.gif`,
    params: (w) => ({ id: w.campaignX.id }),
    loader: open(),
    action: null,
    note: "an impression pixel: always the pixel, counted only for a live campaign",
  },
  "webhooks.stripe.ts": {
    url: () => "/webhooks/stripe",
    loader: open(),
    action: everyone(404),
    note: "Stripe's signature guards it, not a session; with no STRIPE_WEBHOOK_SECRET (tests) it is a 404 for anyone",
  },

  // ------------------------------------------------------------ accounts
  "login.tsx": { url: () => "/login", loader: open(), action: open(), form: () => ({ email: "x@contoh.test" }) },
  "login_.two-step.tsx": {
    url: () => "/login/two-step",
    loader: everyone("login"),
    action: everyone("login"),
    note: "issue 16: the code step of a log-in; without the signed cookie the password step leaves, back to /login",
  },
  "logout.tsx": {
    url: () => "/logout",
    loader: open(),
    action: open(),
    note: "runs last for each person: it ends their session",
  },
  "signup.tsx": { url: () => "/signup", loader: open(), action: open() },
  "signup_.producer.tsx": {
    url: (w) => `/signup/producer?${lib(w)}`,
    loader: open(),
    action: open(),
    note: "a new producer signs up here with or without an account",
  },
  "account.tsx": { url: () => "/account", loader: signedIn(), action: null },
  "account_.notifications.tsx": {
    url: () => "/account/notifications",
    loader: signedIn(),
    action: signedIn(),
    note: "one's own notifications and preferences: there is no id of someone else's to name",
  },
  "account_.notifications_.unsubscribe.tsx": {
    url: () => "/account/notifications/unsubscribe?token=palsu",
    loader: open(),
    action: open(),
    note: "one-click unsubscribe from an e-mail: the signed link, not a session, names the person; a forged link changes nothing",
  },
  // issue 16: one's own security and data; one-time links name the person by their token, not a session
  "account_.security.tsx": {
    url: () => "/account/security",
    loader: signedIn(),
    action: signedIn(),
    note: "one's own password, address and sessions; a post without a known intent is a 400",
  },
  "account_.data.tsx": {
    url: () => "/account/data",
    loader: signedIn(),
    action: signedIn(),
    note: "one's own data and consents (UU PDP); a post without a known intent is a 400",
  },
  "account_.data_.export.ts": { url: () => "/account/data/export", loader: signedIn(), action: null },
  "account_.verify.$token.tsx": {
    url: () => `/account/verify/${"x".repeat(43)}`,
    params: () => ({ token: "x".repeat(43) }),
    loader: open(),
    action: null,
    note: "the e-mailed link proves the address by its token alone (an unknown one changes nothing)",
  },
  "privacy.tsx": { url: () => "/privacy", loader: open(), action: null, note: "issue 16's privacy notice: public" },
  "forgot-password.tsx": {
    url: () => "/forgot-password",
    loader: null,
    action: open(),
    form: () => ({ email: "tidak-ada@contoh.test" }),
    note: "answers the same whether or not the address has an account",
  },
  "reset-password.$token.tsx": {
    url: () => `/reset-password/${"x".repeat(43)}`,
    params: () => ({ token: "x".repeat(43) }),
    loader: open(),
    action: open(),
    form: () => ({ password: "kata-sandi-palsu-123" }),
    note: "the e-mailed one-time link names the person; an unknown token changes nothing (410)",
  },
  "invitations.$token.tsx": {
    url: () => "/invitations/tidakada",
    params: () => ({ token: "tidakada" }),
    loader: { ...everyone(404), anonymous: "login" },
    action: { ...everyone(404), anonymous: "login" },
    note: "a partner invitation: anyone signed in may open or accept it by its token; an unknown token is a 404",
  },

  // ------------------------------------------------------------ buying
  "cart.tsx": { url: () => "/cart", loader: open(), action: open(), form: () => ({ intent: "update" }) },
  "checkout.tsx": { url: () => "/checkout", loader: open(), action: open() },
  "checkout_.$id.tsx": {
    url: (w) => `/checkout/${w.checkoutA.id}`,
    params: (w) => ({ id: w.checkoutA.id }),
    loader: open({
      anonymous: 404,
      producerA: 404,
      producerB: 404,
      librarianA: 404,
      librarianB: 404,
      memberX: 404,
      memberY: 404,
      provinceAdmin: 404,
      nationalAdmin: 404,
    }),
    action: null,
    note: "the buyer, or whoever holds the checkout's key (none here)",
  },
  "orders.$id.tsx": {
    url: (w) => `/orders/${w.orderA.id}`,
    params: (w) => ({ id: w.orderA.id }),
    loader: { ...everyone(404), shopper: "ok" },
    action: { ...everyone(404), shopper: "ok" },
    form: () => ({ intent: "confirm_received" }),
    note: "the buyer's page: anyone else (even its producer or an admin) is told it does not exist",
  },

  // ------------------------------------------------------------ producer workspace
  "producer.tsx": { url: () => "/producer", loader: null, action: null },
  "producer._index.tsx": { url: () => "/producer", loader: producers, action: null },
  "producer.profile.tsx": { url: () => "/producer/profile", loader: producers, action: producers },
  "producer.shipping.tsx": { url: () => "/producer/shipping", loader: producers, action: producers },
  "producer.storefront.tsx": { url: () => "/producer/storefront", loader: producers, action: null },
  "producer.listings._index.tsx": { url: () => "/producer/listings", loader: producers, action: null },
  "producer.listings.new.tsx": { url: () => "/producer/listings/new", loader: producers, action: producers },
  "producer.listings.$id._index.tsx": {
    url: (w) => `/producer/listings/${w.productA.id}`,
    params: (w) => ({ id: w.productA.id }),
    loader: producerAListing,
    action: producerAListing,
    form: () => ({ intent: "archive" }),
  },
  "producer.listings.$id.edit.tsx": {
    url: (w) => `/producer/listings/${w.productA.id}/edit`,
    params: (w) => ({ id: w.productA.id }),
    loader: producerAListing,
    action: producerAListing,
    form: validListingForm,
  },
  "producer.listings.$id.photos.tsx": {
    url: (w) => `/producer/listings/${w.productA.id}/photos`,
    params: (w) => ({ id: w.productA.id }),
    loader: producerAListing,
    action: producerAListing,
  },
  "producer.orders.tsx": { url: () => "/producer/orders", loader: producers, action: producers },
  "producer.orders_.$id.tsx": {
    url: (w) => `/producer/orders/${w.orderA.id}`,
    params: (w) => ({ id: w.orderA.id }),
    loader: producerAOrder,
    action: producerAOrder,
    form: () => ({ intent: "hand_over" }),
  },
  "producer.impact.tsx": { url: () => "/producer/impact", loader: producers, action: producers },
  "producer.story.tsx": { url: () => "/producer/story", loader: producers, action: producers },
  "producer.reviews.tsx": {
    url: () => "/producer/reviews",
    loader: producers,
    action: producers,
    form: () => ({ reviewId: "no-such-review", reply: "Terima kasih" }),
    note: "issue 15: a reply to another producer's review is refused by reviews.server.ts (tested there)",
  },
  "producer.orders_.statement.tsx": {
    url: () => "/producer/orders/statement",
    loader: producers,
    action: null,
    note: "always the signed-in producer's own statement: there is no id to change",
  },

  // ------------------------------------------------------------ librarian workspace
  "librarian.tsx": { url: () => "/librarian", loader: null, action: null },
  "librarian._index.tsx": { url: (w) => `/librarian?${lib(w)}`, loader: libraryA, action: null },
  "librarian.event-sales.tsx": {
    url: (w) => `/librarian/event-sales?${lib(w)}`,
    loader: libraryA,
    action: libraryA,
  },
  "librarian.payments.tsx": { url: (w) => `/librarian/payments?${lib(w)}`, loader: libraryA, action: libraryA },
  "librarian.pickup.tsx": { url: (w) => `/librarian/pickup?${lib(w)}`, loader: libraryA, action: libraryA },
  "librarian.storefront.tsx": {
    url: (w) => `/librarian/storefront?${lib(w)}`,
    loader: libraryA,
    action: libraryA,
  },
  "librarian.producers._index.tsx": {
    url: (w) => `/librarian/producers?${lib(w)}`,
    loader: libraryA,
    action: libraryA,
  },
  "librarian.producers.$producerId.listings._index.tsx": {
    url: (w) => `/librarian/producers/${w.producerA.id}/listings`,
    params: (w) => ({ producerId: w.producerA.id }),
    loader: libraryA,
    action: null,
  },
  "librarian.producers.$producerId.listings.new.tsx": {
    url: (w) => `/librarian/producers/${w.producerA.id}/listings/new`,
    params: (w) => ({ producerId: w.producerA.id }),
    loader: libraryA,
    action: libraryA,
  },
  "librarian.producers.$producerId.listings.$productId.edit.tsx": {
    url: (w) => `/librarian/producers/${w.producerA.id}/listings/${w.productA.id}/edit`,
    params: (w) => ({ producerId: w.producerA.id, productId: w.productA.id }),
    loader: libraryA,
    action: libraryA,
  },
  "librarian.producers.$producerId.listings.$productId.photos.tsx": {
    url: (w) => `/librarian/producers/${w.producerA.id}/listings/${w.productA.id}/photos`,
    params: (w) => ({ producerId: w.producerA.id, productId: w.productA.id }),
    loader: libraryA,
    action: libraryA,
  },
  "librarian.impact.tsx": { url: (w) => `/librarian/impact?${lib(w)}`, loader: libraryA, action: null },
  "librarian.stories.tsx": { url: (w) => `/librarian/stories?${lib(w)}`, loader: libraryA, action: libraryA },
  "librarian.product-reviews.tsx": {
    url: (w) => `/librarian/product-reviews?${lib(w)}`,
    loader: libraryA,
    action: libraryA,
    form: () => ({ reviewId: "no-such-review", reason: "Kata-kata kasar" }),
    note: "issue 15: who may hide a given review is decided by its producer's library (tests: orders/reviews.server.test.ts)",
  },
  "librarian.producers.$producerId.check-in.tsx": {
    url: (w) => `/librarian/producers/${w.producerA.id}/check-in`,
    params: (w) => ({ producerId: w.producerA.id }),
    loader: libraryA,
    action: libraryA,
  },
  "librarian.producers.$producerId.story.tsx": {
    url: (w) => `/librarian/producers/${w.producerA.id}/story`,
    params: (w) => ({ producerId: w.producerA.id }),
    loader: libraryA,
    action: libraryA,
  },
  "librarian.producers.$producerId.password.tsx": {
    url: (w) => `/librarian/producers/${w.producerA.id}/password`,
    params: (w) => ({ producerId: w.producerA.id }),
    loader: libraryA,
    action: libraryA,
    note: "issue 16's in-person reset; the forged post lacks the button's intent, so it is a 400 and resets nothing",
  },
  "librarian.sponsorship.tsx": {
    url: (w) => `/librarian/sponsorship?${lib(w)}`,
    loader: libraryA,
    action: libraryA,
  },
  "librarian.storefront_.qr.tsx": {
    url: (w) => `/librarian/storefront/qr?${lib(w)}`,
    loader: libraryA,
    action: null,
  },
  "librarian.reviews._index.tsx": { url: (w) => `/librarian/reviews?${lib(w)}`, loader: libraryA, action: null },
  "librarian.reviews.$id.tsx": {
    url: (w) => `/librarian/reviews/${w.reviewA.id}?${lib(w)}`,
    params: (w) => ({ id: w.reviewA.id }),
    loader: libraryA,
    action: libraryA,
    form: () => ({ intent: "changes" }),
  },
  "librarian.trainings._index.tsx": {
    url: (w) => `/librarian/trainings?${lib(w)}`,
    loader: libraryA,
    action: null,
  },
  "librarian.trainings.new.tsx": {
    url: (w) => `/librarian/trainings/new?${lib(w)}`,
    loader: libraryA,
    action: libraryA,
  },
  "librarian.trainings.import.tsx": {
    url: (w) => `/librarian/trainings/import?${lib(w)}`,
    loader: libraryA,
    action: libraryA,
  },
  "librarian.trainings.$trainingId.tsx": {
    url: (w) => `/librarian/trainings/${w.trainingA.id}`,
    params: (w) => ({ trainingId: w.trainingA.id }),
    loader: libraryA,
    action: libraryA,
  },

  // ------------------------------------------------------------ partner workspace
  "partner.tsx": { url: () => "/partner", loader: null, action: null },
  "partner._index.tsx": { url: (w) => `/partner?${partner(w)}`, loader: partnerX, action: null },
  "partner.payments.tsx": { url: (w) => `/partner/payments?${partner(w)}`, loader: partnerX, action: partnerX },
  "partner.payouts.tsx": { url: (w) => `/partner/payouts?${partner(w)}`, loader: partnerX, action: partnerX },
  "partner.endorsements.tsx": {
    url: (w) => `/partner/endorsements?${partner(w)}`,
    loader: partnerX,
    action: partnerX,
    form: () => ({ intent: "endorse" }),
  },
  "partner.campaigns._index.tsx": {
    url: (w) => `/partner/campaigns?${partner(w)}`,
    loader: partnerX,
    action: partnerX,
  },
  "partner.campaigns.$id.tsx": {
    url: (w) => `/partner/campaigns/${w.campaignX.id}?${partner(w)}`,
    params: (w) => ({ id: w.campaignX.id }),
    loader: partnerX,
    action: partnerX,
  },
  "partner_.campaigns.$id.csv.ts": {
    url: (w) => `/partner/campaigns/${w.campaignX.id}.csv?${partner(w)}`,
    params: (w) => ({ id: w.campaignX.id }),
    loader: partnerX,
    action: null,
  },

  // ------------------------------------------------------------ admin workspace
  "admin.tsx": { url: () => "/admin", loader: null, action: null },
  "admin._index.tsx": { url: () => "/admin", loader: admins, action: null },
  "admin.audit.tsx": { url: () => "/admin/audit", loader: admins, action: null },
  "admin.impact.tsx": { url: () => "/admin/impact", loader: admins, action: null },
  "admin.impact[.]csv.tsx": { url: () => "/admin/impact.csv", loader: admins, action: null },
  "admin.sponsorship.tsx": { url: () => "/admin/sponsorship", loader: admins, action: admins },
  "admin.ledger.tsx": { url: () => "/admin/ledger", loader: admins, action: admins },
  "admin.ledger_.csv.tsx": { url: () => "/admin/ledger.csv", loader: admins, action: null },
  "admin.orders._index.tsx": { url: () => "/admin/orders", loader: admins, action: null },
  "admin.orders.$id.tsx": {
    url: (w) => `/admin/orders/${w.orderA.id}`,
    params: (w) => ({ id: w.orderA.id }),
    loader: admins,
    action: admins,
    form: () => ({ intent: "cancel" }),
  },
  "admin.partners._index.tsx": { url: () => "/admin/partners", loader: admins, action: null },
  "admin.partners.new.tsx": { url: () => "/admin/partners/new", loader: admins, action: admins },
  "admin.partners.$id.tsx": {
    url: (w) => `/admin/partners/${w.partnerX.id}`,
    params: (w) => ({ id: w.partnerX.id }),
    loader: admins,
    action: admins,
  },
};

/** The entry to paste into ROUTE_ACCESS for a route file that has none. */
export function missingEntryMessage(file: string, has: { loader: boolean; action: boolean }): string {
  const stub = `  ${JSON.stringify(file)}: { url: (w) => "/…", loader: ${has.loader ? "only([…])" : "null"}, action: ${
    has.action ? "only([…])" : "null"
  } },`;
  return [
    `app/routes/${file} has no entry in the route-access table.`,
    `Add one to ROUTE_ACCESS in tests/support/route-access.ts saying who may use it, e.g.`,
    stub,
    `(open(), signedIn(), producers, libraryA, partnerX, admins or only([...people]); params: (w) => ({...}) for $params),`,
    `then run: npx vitest run tests/integration/route-access.test.ts --project pglite`,
  ].join("\n");
}

/** The people of the world who sign in (everyone but anonymous). */
export type SignedInPerson = Exclude<Person, "anonymous">;

export type RouteWorld = {
  world: World;
  users: Record<SignedInPerson, { id: string }>;
  /** Producer B's profile (home library B, province Q). */
  producerBId: string;
  /** Partner Y works in province Q. */
  partnerYSlug: string;
};

/**
 * Builds the world the route tests call every route in (see the top of the
 * file): once per test file, in its `beforeAll`.
 */
export async function buildRouteWorld(): Promise<RouteWorld> {
  const { province } = await ensureTestAreas();
  // Province Q: a second province, for the people and partner outside P.
  const provinceQ = await ensureTestProvince("99");
  const libraryA = await createLibrary();
  const libraryB = await createLibrary(provinceQ.library);
  const [producerA, producerB, shopper, librarianA, librarianB, provinceAdmin, nationalAdmin, memberX, memberY] =
    await Promise.all([
      createProducer({ homeLibraryId: libraryA.id }),
      createProducer({ homeLibraryId: libraryB.id }),
      createUser(),
      createLibrarian(libraryA.id),
      createLibrarian(libraryB.id),
      createAdmin(province.code),
      createAdmin(null),
      createUser(),
      createUser(),
    ]);
  const partnerX = await createPartner({ areaCode: province.code });
  const partnerY = await createPartner({ areaCode: provinceQ.province });
  await prisma.roleMembership.createMany({
    data: [
      { userId: memberX.id, role: "PARTNER_MEMBER", partnerId: partnerX.id },
      { userId: memberY.id, role: "PARTNER_MEMBER", partnerId: partnerY.id },
    ],
  });
  // Stock enough for every checkout the hostile-input fuzz may place.
  const productA = await createProduct({
    producerId: producerA.profile.id,
    status: "PUBLISHED",
    variants: [{ priceIdr: 20_000, stock: 500 }],
  });
  await createProduct({ producerId: producerB.profile.id, status: "PUBLISHED" });
  const reviewA = await createProduct({ producerId: producerA.profile.id, status: "IN_REVIEW" });
  const trainingA = await prisma.trainingSession.create({
    data: {
      libraryId: libraryA.id,
      kind: "BIMTEK",
      topic: "PACKAGING",
      title: "Bimtek Pengemasan",
      heldOn: new Date("2025-03-14"),
    },
  });
  const order = await placeOneOrder(productA.variants[0]!.id, 1, { buyerId: shopper.id });
  if (!order) throw new Error("the shopper's order was refused");
  const orderA = await prisma.order.findUniqueOrThrow({
    where: { id: order.id },
    select: { id: true, checkoutId: true },
  });
  const campaignX = await prisma.sponsorshipCampaign.create({
    data: {
      partnerId: partnerX.id,
      productId: productA.id,
      placement: "HOME",
      startsOn: new Date("2026-01-05"),
      endsOn: new Date("2026-01-11"),
      dailyPriceIdr: 10_000,
      totalIdr: 70_000,
      createdById: memberX.id,
    },
    select: { id: true },
  });
  return {
    world: {
      foodCategory: await createCategory({ isFood: true, nameId: "Makanan" }),
      libraryA,
      producerA: producerA.profile,
      productA,
      reviewA,
      trainingA,
      orderA,
      checkoutA: { id: orderA.checkoutId! },
      partnerX,
      campaignX,
    },
    users: {
      shopper,
      producerA: producerA.user,
      producerB: producerB.user,
      librarianA,
      librarianB,
      memberX,
      memberY,
      provinceAdmin,
      nationalAdmin,
    },
    producerBId: producerB.profile.id,
    partnerYSlug: partnerY.slug,
  };
}
