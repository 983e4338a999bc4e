// English for everything else (accounts, checkout, orders and the
// workspaces): downloaded by the browser when a page outside the public set
// (and the impact page) is opened. See message-sets.ts.
import type { Messages } from "./id";
import type { idWorkspace } from "./id-workspace";
import { orders } from "./locales/en/orders";
import { workspace } from "./locales/en/workspace";
import { listings } from "./locales/en/listings";
import { onboarding } from "./locales/en/onboarding";
import { librarian } from "./locales/en/librarian";
import { audit } from "./locales/en/audit";
import { eventSales } from "./locales/en/eventSales";
import { librarianTools } from "./locales/en/librarianTools";
import { buying } from "./locales/en/buying";
import { partnersAdmin } from "./locales/en/partnersAdmin";
import { account } from "./locales/en/account"; // issue 16
import { accountTrust } from "./locales/en/accountTrust"; // issue 16
import { privacy } from "./locales/en/privacy"; // issue 16
import { partnerWork } from "./locales/en/partnerWork";
import { shareTools } from "./locales/en/shareTools";
import { notifications } from "./locales/en/notifications";
import { orderMessages } from "./locales/en/orderMessages";
import { impactWork } from "./locales/en/impactWork";
// Public namespaces whole (the public set leaves out what only these pages show: message-sets.ts).
import { auth } from "./locales/en/auth";
import { cart } from "./locales/en/cart";
import { reviews } from "./locales/en/reviews";
import { sponsorPublic } from "./locales/en/sponsorPublic";

export const enWorkspace: Pick<Messages, keyof typeof idWorkspace> = {
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
};
