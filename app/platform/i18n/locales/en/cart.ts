import type { Messages } from "../../id";

export const cart: Messages["cart"] = {
  title: "Cart",
  empty: "Your cart is empty.",
  browse: "Browse products",
  from: "From {{producer}}",
  pickupAt: "Pick up at {{library}}",
  quantity: "Quantity",
  update: "Update",
  remove: "Remove",
  subtotal: "Subtotal",
  total: "Total",
  toCheckout: "Go to checkout",
  priceChanged: "Price changed from {{before}} to {{after}}.",
  pricesChangedNotice: "Some prices changed since you added them. Check them before paying.",
  added: "Added to your cart.",
  problems: {
    unavailable: "No longer for sale. Remove it from your cart.",
    soldOut: "Sold out. Remove it from your cart.",
    notEnoughStock: "Only {{count}} left. Lower the quantity.",
  },
  errors: {
    unavailable: "This product is no longer for sale.",
    soldOut: "Sorry, this product is sold out.",
    notEnoughStock: "Only {{count}} left. Choose fewer.",
    tooMany: "At most {{count}} per product.",
    invalid: "Quantity must be a number from 1 to 99.",
    quantityMissing: "Type the quantity as a number. To take this item out, press Remove.",
    notEnoughStockInCart:
      "Only {{count}} left and {{inCart}} are already in your cart. You can add at most {{more}} more.",
    allInCart: "Only {{count}} left and all of them are already in your cart.",
  },
};
