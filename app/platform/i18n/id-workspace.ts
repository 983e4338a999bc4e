// Bahasa Indonesia for everything else (accounts, checkout, orders and the
// workspaces): downloaded by the browser when a page outside the public set
// (and the impact page) is opened. See message-sets.ts.
import { orders } from "./locales/id/orders";
import { workspace } from "./locales/id/workspace";
import { listings } from "./locales/id/listings";
import { onboarding } from "./locales/id/onboarding";
import { librarian } from "./locales/id/librarian";
import { audit } from "./locales/id/audit";
import { eventSales } from "./locales/id/eventSales";
import { librarianTools } from "./locales/id/librarianTools";
import { buying } from "./locales/id/buying";
import { partnersAdmin } from "./locales/id/partnersAdmin";
import { account } from "./locales/id/account"; // issue 16
import { accountTrust } from "./locales/id/accountTrust"; // issue 16
import { privacy } from "./locales/id/privacy"; // issue 16
import { partnerWork } from "./locales/id/partnerWork";
import { shareTools } from "./locales/id/shareTools";
import { notifications } from "./locales/id/notifications";
import { orderMessages } from "./locales/id/orderMessages";
import { impactWork } from "./locales/id/impactWork";
// Public namespaces whole (the public set leaves out what only these pages show: message-sets.ts).
import { auth } from "./locales/id/auth";
import { cart } from "./locales/id/cart";
import { reviews } from "./locales/id/reviews";
import { sponsorPublic } from "./locales/id/sponsorPublic";

export const idWorkspace = {
  orders,
  workspace,
  listings,
  onboarding,
  librarian,
  audit,
  eventSales,
  librarianTools,
  buying,
  partnersAdmin,
  account, // issue 16
  accountTrust, // issue 16
  privacy, // issue 16
  partnerWork,
  shareTools,
  notifications,
  orderMessages,
  impactWork,
  auth,
  cart,
  reviews,
  sponsorPublic,
} as const;
