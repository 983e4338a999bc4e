// Limits the producer-approval forms state and approvals.server.ts enforces. Client-safe.

/** The longest reason a librarian gives for rejecting or suspending a producer. */
export const REASON_MAX = 500;
