// The partner workspace's frame: its menu. Each page below checks the role itself
// (loaders run in parallel, so a check here could not guard them).
import { WorkspaceLayout, type WorkspaceLink } from "~/ui/workspace-layout";

const LINKS: WorkspaceLink[] = [
  { to: "/partner", label: "workspace.home", end: true },
  { to: "/partner/payouts", label: "buying.partnerPayouts.menu" },
  { to: "/partner/payments", label: "buying.partnerAccount.menu" },
];

export default function PartnerWorkspace() {
  return <WorkspaceLayout label="workspace.partner" links={LINKS} />;
}
