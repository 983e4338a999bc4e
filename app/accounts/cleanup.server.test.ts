import { expect, test } from "vitest";
import { createProduct, createUser } from "../../tests/db-utils";
import { prisma } from "~/platform/db.server";
import { cleanUpStaleRecords, RETENTION } from "./cleanup.server";

const DAY = 24 * 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms);

test(
  "deletes expired sessions, abandoned guest carts and old log-in attempts, and nothing still in use",
  { timeout: 60_000 },
  async () => {
    const user = await createUser();
    const shopper = await createUser();
    const { variants } = await createProduct({ status: "PUBLISHED" });
    const variantId = variants[0]!.id;

    const [expired, live] = await Promise.all([
      prisma.session.create({ data: { userId: user.id, expiresAt: ago(1000) } }),
      prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + DAY) } }),
    ]);

    const old = ago((RETENTION.guestCartDays + 1) * DAY);
    const abandoned = await prisma.cart.create({
      data: {
        createdAt: old,
        updatedAt: old,
        items: { create: { variantId, quantity: 1, priceSeenIdr: 1000, updatedAt: old } },
      },
    });
    const emptyAbandoned = await prisma.cart.create({ data: { createdAt: old, updatedAt: old } });
    // An old cart whose quantity was changed yesterday is still in use.
    const touched = await prisma.cart.create({
      data: {
        createdAt: old,
        updatedAt: old,
        items: { create: { variantId, quantity: 2, priceSeenIdr: 1000, updatedAt: ago(DAY) } },
      },
    });
    // A signed-in shopper's cart is theirs to keep, however old.
    const usersCart = await prisma.cart.create({ data: { userId: shopper.id, createdAt: old, updatedAt: old } });

    await prisma.loginAttempt.createMany({
      data: [
        { key: "ip:10.0.0.1", succeeded: false, createdAt: ago((RETENTION.loginAttemptHours + 1) * 60 * 60 * 1000) },
        { key: "ip:10.0.0.1", succeeded: false, createdAt: ago(60_000) },
      ],
    });

    expect(await cleanUpStaleRecords()).toEqual({ sessions: 1, loginAttempts: 1, guestCarts: 2 });

    expect(
      await prisma.session.findMany({ where: { id: { in: [expired.id, live.id] } }, select: { id: true } }),
    ).toEqual([{ id: live.id }]);
    const carts = await prisma.cart.findMany({
      where: { id: { in: [abandoned.id, emptyAbandoned.id, touched.id, usersCart.id] } },
      select: { id: true },
    });
    expect(carts.map((cart) => cart.id).sort()).toEqual([touched.id, usersCart.id].sort());
    expect(await prisma.cartItem.count({ where: { cartId: abandoned.id } })).toBe(0);
    expect(await prisma.loginAttempt.count()).toBe(1);

    // A second run finds nothing more.
    expect(await cleanUpStaleRecords()).toEqual({ sessions: 0, loginAttempts: 0, guestCarts: 0 });
  },
);
