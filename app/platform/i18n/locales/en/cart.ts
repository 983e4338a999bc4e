import type { Messages } from "../../id";

export const cart: Messages["cart"] = {
  title: "Cart",
  empty: "Your cart is empty.",
  browse: "Browse products",
};
