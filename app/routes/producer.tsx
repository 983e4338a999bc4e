// The producer workspace's frame: its menu. Each page below checks the role itself
// (loaders run in parallel, so a check here could not guard them).
import { WorkspaceLayout, type WorkspaceLink } from "~/ui/workspace-layout";

const LINKS: WorkspaceLink[] = [
  { to: "/producer", label: "workspace.home", end: true },
  { to: "/producer/listings", label: "listings.menu.listings" },
  { to: "/producer/profile", label: "onboarding.menu.profile" },
  { to: "/producer/orders", label: "orders.producerOrders" },
  { to: "/producer/shipping", label: "buying.shipping.menu" },
  { to: "/producer/storefront", label: "librarian.forProducer.menu" },
  { to: "/producer/impact", label: "impact.menu" }, // issue 12
  { to: "/producer/story", label: "impactWork.menuStory" }, // issue 12
  { to: "/producer/reviews", label: "reviews.producer.nav" }, // issue 15
];

export default function ProducerWorkspace() {
  return <WorkspaceLayout label="workspace.producer" links={LINKS} />;
}
