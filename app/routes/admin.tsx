// The admin workspace's frame: its menu. Each page below checks the role itself
// (loaders run in parallel, so a check here could not guard them).
import { WorkspaceLayout, type WorkspaceLink } from "~/ui/workspace-layout";

const LINKS: WorkspaceLink[] = [
  { to: "/admin", label: "workspace.home", end: true },
  { to: "/admin/orders", label: "buying.adminOrders.menu" },
  { to: "/admin/ledger", label: "orders.ledgerTitle" },
  { to: "/admin/audit", label: "audit.menu" },
  { to: "/admin/partners", label: "partnersAdmin.menu" },
  // issue 11: sponsorship prices, approvals and payments
  { to: "/admin/sponsorship", label: "partnerWork.menu.sponsorship" },
  { to: "/admin/impact", label: "impact.menu" }, // issue 12
];

export default function AdminWorkspace() {
  return <WorkspaceLayout label="workspace.admin" links={LINKS} />;
}
