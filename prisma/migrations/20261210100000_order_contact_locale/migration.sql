-- Issue 15: the language a buyer checked out in, so that a guest's mail about
-- the order (ready, cancelled, a new message) is written in it.
ALTER TABLE "Order" ADD COLUMN "contactLocale" TEXT;
