// Training sessions a library runs (Bimtek, PLM, workshops, mentoring) and who
// attended them. Attendance is part of a producer's public record ("trained in
// packaging, March 2025"), so every change to it is audited.
import { z } from "zod";
import { recordAudit, recordAudits, type AuditEntry } from "~/accounts/audit.server";
import { TrainingKind, TrainingTopic } from "~/generated/prisma/enums";
import { prisma } from "~/platform/db.server";
import { NotAllowedError } from "~/platform/http-errors";
import { lockLibrary } from "./library-lock.server";
import { parseCalendarDate } from "~/platform/dates";
import { isPlausibleTrainingDate } from "./training-dates";
import { trainingListOrder, trainingListSelect } from "./training-select";

/** Error messages are i18n keys. */
export const TrainingFormSchema = z.object({
  kind: z.enum(TrainingKind, { error: "librarian.errors.kindRequired" }),
  topic: z.enum(TrainingTopic, { error: "librarian.errors.topicRequired" }),
  title: z
    .string({ error: "librarian.errors.titleRequired" })
    .trim()
    .min(3, { error: "librarian.errors.titleRequired" })
    .max(200, { error: "librarian.errors.titleTooLong" }),
  heldOn: z.string({ error: "librarian.errors.dateInvalid" }).transform((value, ctx) => {
    const date = parseCalendarDate(value);
    if (!date || !isPlausibleTrainingDate(date)) {
      ctx.addIssue({ code: "custom", message: "librarian.errors.dateInvalid" });
      return z.NEVER;
    }
    return date;
  }),
  facilitator: z.string().trim().max(200, { error: "librarian.errors.facilitatorTooLong" }).default(""),
});
export type TrainingForm = z.infer<typeof TrainingFormSchema>;

export async function createTraining(actorId: string, libraryId: string, input: TrainingForm) {
  return prisma.$transaction(async (tx) => {
    const training = await tx.trainingSession.create({ data: { ...input, libraryId }, select: { id: true } });
    await recordAudit(tx, {
      actorId,
      libraryId,
      action: "training.create",
      entityType: "TrainingSession",
      entityId: training.id,
      after: { ...input, heldOn: input.heldOn.toISOString().slice(0, 10) },
    });
    return training;
  });
}

export function listTrainings(libraryId: string) {
  return prisma.trainingSession.findMany({
    where: { libraryId },
    select: { ...trainingListSelect, facilitator: true },
    orderBy: trainingListOrder,
  });
}

/** One session with its attendance; `libraryId` lets the route check scope before showing anything. */
export function getTraining(trainingId: string) {
  return prisma.trainingSession.findUnique({
    where: { id: trainingId },
    select: {
      id: true,
      libraryId: true,
      kind: true,
      topic: true,
      title: true,
      heldOn: true,
      facilitator: true,
      attendance: { select: { producerId: true } },
    },
  });
}

/** Everyone who can attend a library's trainings: its producers, approved or still waiting. */
export function libraryProducers(libraryId: string) {
  return prisma.producerProfile.findMany({
    where: { homeLibraryId: libraryId, status: { in: ["APPROVED", "PENDING"] } },
    select: { id: true, slug: true, businessName: true, status: true, user: { select: { name: true } } },
    orderBy: { businessName: "asc" },
  });
}

export const AttendanceFormSchema = z.object({
  producerId: z.array(z.string().min(1).max(64)).max(1000).default([]),
});

/**
 * Makes the session's attendance exactly `producerIds` (the checked boxes).
 * Every producer must belong to the session's library; a forged id from
 * another library refuses the whole change (NotAllowedError). Re-sending the same list changes
 * nothing and writes no audit rows.
 */
export async function setAttendance(actorId: string, trainingId: string, producerIds: string[]) {
  const wanted = new Set(producerIds);
  return prisma.$transaction(async (tx) => {
    const training = await tx.trainingSession.findUniqueOrThrow({
      where: { id: trainingId },
      select: { libraryId: true },
    });
    await lockLibrary(tx, "attendance", training.libraryId);
    const attendance = await tx.trainingAttendance.findMany({ where: { trainingId }, select: { producerId: true } });
    const producers = await tx.producerProfile.findMany({
      where: { id: { in: [...wanted, ...attendance.map((a) => a.producerId)] } },
      select: { id: true, userId: true, homeLibraryId: true },
    });
    const byId = new Map(producers.map((producer) => [producer.id, producer]));
    for (const id of wanted) {
      if (byId.get(id)?.homeLibraryId !== training.libraryId) {
        throw new NotAllowedError(`producer ${id} is not a producer of library ${training.libraryId}`);
      }
    }
    const present = new Set(attendance.map((a) => a.producerId));
    const added = [...wanted].filter((id) => !present.has(id));
    const removed = [...present].filter((id) => !wanted.has(id));
    if (removed.length) await tx.trainingAttendance.deleteMany({ where: { trainingId, producerId: { in: removed } } });
    if (added.length) {
      await tx.trainingAttendance.createMany({
        data: added.map((producerId) => ({ trainingId, producerId })),
        skipDuplicates: true,
      });
    }
    const audit = (producerId: string, action: string): AuditEntry => ({
      actorId,
      libraryId: training.libraryId,
      subjectUserId: byId.get(producerId)?.userId ?? null,
      action,
      entityType: "TrainingAttendance",
      entityId: `${trainingId}:${producerId}`,
      before: action === "training.attendance.remove" ? { attended: true } : { attended: false },
      after: action === "training.attendance.remove" ? { attended: false } : { attended: true },
    });
    await recordAudits(tx, [
      ...added.map((id) => audit(id, "training.attendance.add")),
      ...removed.map((id) => audit(id, "training.attendance.remove")),
    ]);
    return { added: added.length, removed: removed.length };
  });
}
