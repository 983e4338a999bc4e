import type { Messages } from "../../id";

export const notifications: Messages["notifications"] = {
  title: "Notifications",
  intro: "News about your orders, products and messages.",
  empty: "No notifications yet.",
  unread: "New",
  open: "Open",
  markAllRead: "Mark all as read",
  markedRead_one: "{{count}} notification marked as read.",
  markedRead_other: "{{count}} notifications marked as read.",
  receivedAt: "Received {{when}}",
  preferences: {
    title: "Notification settings",
    intro: "Choose what you want to hear about, in the app and by e-mail.",
    event: "News",
    inApp: "In the app",
    email: "E-mail",
    save: "Save settings",
    saved: "Notification settings saved.",
  },
  mailbox: {
    title: "E-mail for you",
    notConfigured:
      "This server does not send e-mail yet (SMTP_URL is not set). Mail for you is kept here so you can still read it.",
    empty: "No e-mail yet.",
    status: { PENDING: "Waiting to be sent", SENT: "Sent", FAILED: "Could not be sent" },
    to: "To {{address}}",
    read: "Read the e-mail",
  },
  unsubscribe: {
    title: "Unsubscribe from e-mail",
    confirm: "Stop receiving e-mail about: {{event}}?",
    button: "Unsubscribe",
    done: "You will no longer receive e-mail about {{event}}. Notifications in the app stay.",
    invalid: "This link is not valid. Change your notifications after signing in.",
    manage: "Manage all notifications",
  },
  labels: {
    order: {
      placed: "New orders",
      transfer_to_confirm: "Transfers to confirm",
      paid: "Order payment received",
      ready: "Order ready for pickup",
      shipped: "Order shipped",
      completed: "Order completed",
      cancelled: "Order cancelled",
      refunded: "Money returned",
    },
    listing: { published: "Product live", changes_requested: "Product needs changes" },
    review: { received: "New reviews of your products" },
    stock: { low: "Low stock" },
    producer: { applied: "New producer applications" },
    message: { new: "New messages about orders" },
  },
  events: {
    order: {
      placed: { title: "New order {{code}}", body: "A new order: {{product}}, total {{amount}}." },
      transfer_to_confirm: {
        title: "Transfer to confirm: {{code}}",
        body: "The buyer of order {{code}} will pay {{amount}} by transfer into your account. Confirm once the money arrives.",
      },
      paid: { title: "Payment received: {{code}}", body: "The payment for order {{code}} ({{product}}) was received." },
      ready: {
        title: "Order {{code}} is ready for pickup",
        body: "Order {{code}} ({{product}}) is ready to be picked up at the library.",
      },
      shipped: { title: "Order {{code}} shipped", body: "Order {{code}} ({{product}}) has been shipped." },
      completed: {
        title: "Order {{code}} completed",
        body: "Order {{code}} is complete. Thank you! You can now review its products.",
      },
      cancelled: { title: "Order {{code}} cancelled", body: "Order {{code}} ({{product}}) was cancelled." },
      refunded: { title: "Money returned: {{code}}", body: "{{amount}} of order {{code}} was returned." },
    },
    listing: {
      published: { title: "Product live: {{product}}", body: "{{product}} was approved and is in the catalogue." },
      changes_requested: {
        title: "Changes requested: {{product}}",
        body: "The librarian asked for changes to {{product}}. Open the product to read the note.",
      },
    },
    review: {
      received: { title: "New review: {{product}}", body: "{{product}} got a review of {{rating}} out of 5 stars." },
    },
    stock: {
      low: { title: "Low stock: {{product}}", body: "Only {{stock}} of {{product}} left." },
    },
    producer: {
      applied: {
        title: "Producer application: {{name}}",
        body: "{{name}} applied to be a producer at your library and is waiting for approval.",
      },
    },
    message: {
      new: { title: "New message on order {{code}}", body: "{{name}} wrote a message about order {{code}}." },
    },
  },
  mail: {
    greeting: "Hello {{name}},",
    greetingNoName: "Hello,",
    signature: "Regards, Lapak Pustaka",
    open: "View on Lapak Pustaka",
    whyNotice: "You are receiving this e-mail because you use Lapak Pustaka.",
    whyOrder: "You are receiving this e-mail because you ordered on Lapak Pustaka with this address.",
    unsubscribe: "Stop receiving e-mail like this: {{url}}",
    preferences: "Manage notifications: {{url}}",
    whyAccount: "You are receiving this e-mail because something was asked for your Lapak Pustaka account.",
    ignore: "If it was not you, ignore this e-mail.",
    verifyEmail: {
      subject: "Confirm your e-mail address",
      body: "Open the link below to confirm that {{address}} is your e-mail address.",
      action: "Confirm e-mail address",
    },
    passwordReset: {
      subject: "Reset your Lapak Pustaka password",
      body: "Open the link below to choose a new password. The link works for {{minutes}} minutes.",
      action: "Choose a new password",
    },
  },
};
