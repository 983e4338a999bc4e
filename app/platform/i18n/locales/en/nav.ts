import type { Messages } from "../../id";

export const nav: Messages["nav"] = {
  skipToContent: "Skip to content",
  home: "Home",
  products: "Products",
  libraries: "Libraries",
  cart: "Cart",
  login: "Log in",
  signup: "Sign up",
  logout: "Log out",
  myWorkspace: "My workspace",
  searchLabel: "Search products",
  searchPlaceholder: "Search chips, coffee, batik…",
  searchButton: "Search",
  language: "Language",
  switchTo: "Bahasa Indonesia",
  mainMenu: "Main menu",
  // issue 15: the notifications link beside "my workspace", with the unread count
  notifications: "Notifications",
  notificationsUnread: "Notifications ({{count}} new)",
};
