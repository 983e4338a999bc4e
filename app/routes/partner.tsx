// The partner workspace's frame: its menu. Each page below checks the role itself
// (loaders run in parallel, so a check here could not guard them).
import { WorkspaceLayout, type WorkspaceLink } from "~/ui/workspace-layout";

const LINKS: WorkspaceLink[] = [
  { to: "/partner", label: "workspace.home", end: true },
  { to: "/partner/payouts", label: "buying.partnerPayouts.menu" },
  { to: "/partner/payments", label: "buying.partnerAccount.menu" },
  // issue 11: endorsements and sponsorship
  { to: "/partner/endorsements", label: "partnerWork.menu.endorsements" },
  { to: "/partner/campaigns", label: "partnerWork.menu.campaigns" },
];

export default function PartnerWorkspace() {
  return <WorkspaceLayout label="workspace.partner" links={LINKS} />;
}
