// Every background job of the marketplace, in one list: scripts/start.ts runs
// them (app/platform/jobs.server.ts says how). A new job is one line here.
import { staleRecordsCleanupJob } from "~/accounts/cleanup.server";
import { guestContactRetentionJob } from "~/accounts/contact-retention.server";
import { reservationJobs } from "~/orders/reservations.server";
import type { Job } from "~/platform/jobs.server";

export function backgroundJobs(): Job[] {
  return [
    // Unpaid orders whose reservation ran out give their stock back; Stripe refunds left pending are asked again (issue 5).
    ...reservationJobs(),
    // Expired sessions, abandoned guest carts and old log-in attempts (issue 14).
    staleRecordsCleanupJob,
    // Guests' contact details on orders finished GUEST_CONTACT_RETENTION_DAYS ago are removed (issue 16).
    guestContactRetentionJob,
  ];
}
