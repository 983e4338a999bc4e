// The librarian workspace's frame: its menu. Each page below checks the role itself
// (loaders run in parallel, so a check here could not guard them).
import { useSearchParams } from "@remix-run/react";
import { workspaceHref } from "~/libraries/workspace-href";
import { WorkspaceLayout, type WorkspaceLink } from "~/ui/workspace-layout";

const LINKS: WorkspaceLink[] = [
  { to: "/librarian", label: "workspace.home", end: true },
  { to: "/librarian/producers", label: "onboarding.menu.producers" },
  { to: "/librarian/reviews", label: "listings.menu.reviews" },
  { to: "/librarian/pickup", label: "orders.pickupDesk" },
  { to: "/librarian/payments", label: "buying.bankAccount.menu" },
  { to: "/librarian/trainings", label: "librarian.menu.trainings" },
  { to: "/librarian/storefront", label: "librarian.menu.storefront" },
  { to: "/librarian/event-sales", label: "eventSales.menu" },
  // issue 11: sponsored tiles on the storefront, approved here
  { to: "/librarian/sponsorship", label: "partnerWork.menu.storefrontAds" },
  { to: "/librarian/impact", label: "impact.menu" }, // issue 12
  { to: "/librarian/stories", label: "impactWork.menuStories" }, // issue 12
  { to: "/librarian/product-reviews", label: "reviews.moderation.nav" }, // issue 15
];

export default function LibrarianWorkspace() {
  // A person who keeps several libraries stays on the one the page names (`?library=<slug>`).
  const library = useSearchParams()[0].get("library");
  const links = library ? LINKS.map((link) => ({ ...link, to: workspaceHref(link.to, library) })) : LINKS;
  return <WorkspaceLayout label="workspace.librarian" links={links} />;
}
