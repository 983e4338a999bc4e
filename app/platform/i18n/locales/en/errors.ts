import type { Messages } from "../../id";

export const errors: Messages["errors"] = {
  notFoundTitle: "Page not found",
  notFoundText: "The page you are looking for does not exist or has moved.",
  forbiddenTitle: "You don't have access",
  forbiddenText: "This page is for a particular role. Log in with the right account.",
  serverTitle: "Sorry, something went wrong",
  serverText: "We have logged the problem. Please try again in a moment.",
  backHome: "Back to home",
  rupiahDecimals: "Rupiah amounts have no cents: write 15.000, not 15.000,50.",
  controlCharacters:
    "This text holds invisible control characters (often from a copied document). Delete that part and type it again.",
};
