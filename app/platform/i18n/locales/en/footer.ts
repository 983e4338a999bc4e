import type { Messages } from "../../id";

export const footer: Messages["footer"] = {
  about:
    "Lapak Pustaka is the online market of the library social-inclusion programme (TPBIS). Every sale is recorded to measure its effect on producers' welfare.",
  privacy: "Privacy notice", // issue 16
  impact: "See the impact for producers", // issue 12
  pickup: "Pay cash and pick up your order at a nearby library.",
};
