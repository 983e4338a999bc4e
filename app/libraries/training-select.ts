// How lists of a library's trainings read them, the workspace's and the public
// storefront's alike (kept apart from trainings.server, whose form messages
// the public pages do not load). Client-safe.
import type { Prisma } from "~/generated/prisma/client";

/** A training as lists show it (its TrainingLine and how many attended), newest first: the workspace and the storefront. */
export const trainingListSelect = {
  id: true,
  kind: true,
  topic: true,
  title: true,
  heldOn: true,
  _count: { select: { attendance: true } },
} satisfies Prisma.TrainingSessionSelect;
export const trainingListOrder = [
  { heldOn: "desc" },
  { createdAt: "desc" },
] satisfies Prisma.TrainingSessionOrderByWithRelationInput[];
