import type { Messages } from "../../id";

export const producer: Messages["producer"] = {
  story: "Story",
  products: "Products",
  trainings: "Trainings attended",
  homeLibrary: "Home library",
  noTrainings: "No trainings recorded yet.",
};
