import type { Messages } from "../../id";

export const impactStory: Messages["impactStory"] = {
  heading: "Stories of change",
  intro: "Producers' own stories, shared with their consent.",
  before: "Before",
  after: "After",
  by: "{{producer}}'s story",
};
