import type { Messages } from "../../id";

export const impactWork: Messages["impactWork"] = {
  menuStory: "My story",
  menuStories: "Producers' stories",
  producerTitle: "My story of change",
  producerIntro:
    "Tell briefly how your business was before and after selling here. Once a librarian of your library publishes it, the story shows on the library's page and yours, for as long as you agree.",
  assistedTitle: "{{producer}}'s story of change",
  assistedIntro:
    "Write the story with the producer, in their words, and record their consent. It shows once published, for as long as the consent is in force.",
  before: "Before",
  beforeHint: "How were your business and household before? (20–600 characters)",
  after: "After",
  afterHint: "What changed since the training and selling here? (20–600 characters)",
  photo: "Photo",
  photoNone: "No photo",
  consent:
    "I agree that this story and the chosen photo are shown on the library's page and my producer page. I can withdraw this consent at any time.",
  submit: "Save the story",
  saved: "Story saved. It shows once a librarian publishes it.",
  withdraw: "Withdraw consent and hide the story",
  withdrawn: "Consent withdrawn: the story no longer shows.",
  status: {
    label: "Status",
    none: "No story yet.",
    waiting: "Waiting for a librarian to publish it.",
    published: "Showing since {{date}}.",
    noConsent: "Not showing: no consent in force.",
  },
  librarianTitle: "Producers' stories",
  librarianIntro:
    "Stories of change of this library's producers. Publish one to show it on the library's page; a story shows only while its producer's consent is in force.",
  empty: "No stories from this library's producers yet.",
  publish: "Publish",
  unpublish: "Take down",
  published: "Story published.",
  unpublished: "Story taken down.",
  write: "Write a story with the producer",
  storyLink: "Story",
  checkIn: {
    link: "Impact check-in",
    title: "{{producer}}'s impact check-in",
    intro:
      "Fill in the 6-monthly check-in with the producer: they answer, you type. Record their consent; the questions and the 6-month rule are those of the producer's own check-in.",
    saved: "Check-in saved for the producer.",
    notDue: "Last check-in: {{date}}. The next one is due 6 months after it.",
    back: "Back to the producers",
  },
  errors: {
    fix: "Check the marked fields.",
    textRequired: "Write the story.",
    textTooShort: "Write at least 20 characters.",
    textTooLong: "600 characters at most.",
    consentRequired: "A story can only be saved with the producer's consent.",
    noConsent: "The producer has not agreed, or no longer does: the story cannot be published.",
  },
};
