// Which requests may read from a read replica (DATABASE_REPLICA_URLS; see
// app/platform/db.server.ts). A replica is a moment behind the primary, so
// whatever a person must see right after they changed it reads from the primary:
// - every POST (and other writes): an action reads where it writes;
// - the pages that follow a payment or a cart change: /cart, /checkout,
//   /orders/… always (a Stripe webhook marks an order paid on the primary
//   while the buyer waits on the order page);
// - everything a browser asks within READ_YOUR_WRITES_SECONDS after it sent a
//   write: each write's response sets a short cookie, so the redirect after a
//   post and the next clicks (a workspace showing what was just saved) read
//   from the primary.
// The rest, the bulk of the traffic (catalogue, storefronts, workspaces'
// lists), reads from a replica.
import type { NextFunction, Request, Response } from "express";
import { hasReadReplicas, readsFromReplica } from "../db.server";

export const READ_YOUR_WRITES_SECONDS = 10;
const RECENT_WRITE_COOKIE = "lp_wrote";
const PRIMARY_PATHS = /^\/(cart|checkout|orders)(\/|\.data|$)/;

export function readRouting() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!hasReadReplicas()) return next();
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.append(
        "Set-Cookie",
        `${RECENT_WRITE_COOKIE}=1; Max-Age=${READ_YOUR_WRITES_SECONDS}; Path=/; HttpOnly; SameSite=Lax`,
      );
      return next();
    }
    if (PRIMARY_PATHS.test(req.path) || wroteRecently(req.get("Cookie"))) return next();
    readsFromReplica(next);
  };
}

function wroteRecently(cookie: string | undefined): boolean {
  return (cookie ?? "").split(";").some((part) => part.trim().startsWith(`${RECENT_WRITE_COOKIE}=`));
}
