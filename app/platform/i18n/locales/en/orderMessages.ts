import type { Messages } from "../../id";

export const orderMessages: Messages["orderMessages"] = {
  heading: "Messages about this order",
  none: "No messages yet. Write a question or news for the others on this order.",
  label: "Your message",
  hint: "Plain text, at most 2,000 characters. The buyer, the producer and the pickup librarian read it.",
  send: "Send message",
  sent: "Message sent.",
  closed: "This conversation is closed (30 days after the order was completed).",
  party: { BUYER: "buyer", PRODUCER: "producer", LIBRARIAN: "librarian" },
  errors: {
    empty: "Write the message first.",
    tooLong: "A message has at most 2,000 characters.",
    closed: "This conversation is closed.",
    tooMany: "Too many messages in a short time. Try again in a few minutes.",
    notAllowed: "You cannot write in this order's conversation.",
  },
  unanswered: {
    heading: "Messages waiting for your answer",
    since: "waiting since {{when}}",
    open: "Answer the messages of order {{code}}",
  },
};
