// The 6-monthly check-in a producer answers in their workspace: income last
// month (a range), household size, how life changed (5 points), what helped,
// optionally gender, and consent to use the answers (required to save: the
// answers are kept only for impact reports; the consent goes to the ledger as
// IMPACT_REPORTS in the same transaction). A librarian may record it for a
// producer of their library, with the producer's consent, as for assisted
// listings (app/libraries/assisted-check-in.server.ts): same questions, same
// 6-month rule.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { giveConsent } from "~/accounts/consents.server";
import type { ConsentMethod } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { INCOME_RANGES } from "~/producers/producer-input";

export const CHECK_IN_EVERY_MONTHS = 6;
export const LIFE_CHANGES = ["MUCH_WORSE", "WORSE", "SAME", "BETTER", "MUCH_BETTER"] as const;
export const HELPS = ["TRAINING", "LIBRARY", "PARTNER", "MARKETPLACE"] as const;

export const CheckInInput = z
  .object({
    incomeRange: z.enum(
      INCOME_RANGES.map((range) => range.key),
      { error: "incomeRequired" },
    ),
    householdSize: z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, { error: "householdInvalid" })
      .transform(Number)
      .pipe(z.number().int().min(1, { error: "householdInvalid" }).max(50, { error: "householdInvalid" })),
    lifeChange: z.enum(LIFE_CHANGES, { error: "lifeChangeRequired" }),
    helpedBy: z.array(z.enum(HELPS)).default([]),
    gender: z.union([z.literal(""), z.enum(["WOMAN", "MAN"])]).default(""),
    consent: z.literal("yes", { error: "consentRequired" }),
  })
  .transform(({ incomeRange, householdSize, lifeChange, helpedBy, gender }) => {
    const range = INCOME_RANGES.find((candidate) => candidate.key === incomeRange)!;
    return {
      incomeMinIdr: range.minIdr,
      incomeMaxIdr: range.maxIdr,
      householdSize,
      lifeChange,
      helpedBy: [...new Set(helpedBy)],
      gender: gender || null,
    };
  });

export type CheckInValues = z.output<typeof CheckInInput>;

/** The producer's latest check-in and whether the next one is due (none yet, or 6 months since). */
export async function checkInStatus(producerId: string, now = new Date()) {
  const latest = await prisma.impactCheckIn.findFirst({
    where: { producerId },
    orderBy: { answeredAt: "desc" },
    select: { answeredAt: true },
  });
  const dueFrom = latest ? new Date(latest.answeredAt) : null;
  dueFrom?.setUTCMonth(dueFrom.getUTCMonth() + CHECK_IN_EVERY_MONTHS);
  return { latestAt: latest?.answeredAt ?? null, due: !dueFrom || dueFrom <= now };
}

/** A librarian recording the check-in for the producer, with the producer's consent as they recorded it. */
export type CheckInRecorder = {
  librarianId: string;
  /** The producer's home library, which the librarian acts for. */
  libraryId: string;
  consent: { consentName: string; consentMethod: ConsentMethod; consentGivenOn: Date };
};

/**
 * Saves the answers and the consent to impact reports, together: the
 * producer's own, or recorded by their librarian (who, and the producer's
 * consent: name, how, when; audited in the same transaction).
 */
export function recordCheckIn(producer: { id: string; userId: string }, values: CheckInValues, by?: CheckInRecorder) {
  return prisma.$transaction(async (tx) => {
    const checkIn = await tx.impactCheckIn.create({
      data: { producerId: producer.id, ...values, ...(by ? { recordedById: by.librarianId, ...by.consent } : {}) },
      select: { id: true },
    });
    const actorId = by?.librarianId ?? producer.userId;
    // Personal data (issue 14): the audit row names the answers given, not their values.
    const fields = Object.keys(values).sort();
    await recordAudit(tx, {
      actorId,
      subjectUserId: producer.userId,
      action: by ? "impact.checkIn.assisted" : "impact.checkin.record",
      entityType: "ImpactCheckIn",
      entityId: checkIn.id,
      ...(by ? { libraryId: by.libraryId } : {}),
      after: by
        ? {
            fields,
            producerId: producer.id,
            consentName: by.consent.consentName,
            consentMethod: by.consent.consentMethod,
            consentGivenOn: by.consent.consentGivenOn.toISOString().slice(0, 10),
          }
        : { fields },
    });
    const via = !by ? "SELF" : by.consent.consentMethod === "PHONE" ? "LIBRARIAN_PHONE" : "LIBRARIAN_IN_PERSON";
    await giveConsent({ userId: producer.userId, kind: "IMPACT_REPORTS", via, actorId }, tx);
  });
}

/** The form's values for CheckInInput: "what helped" is a set of checkboxes (repeated name). */
export const checkInFormInput = (formData: FormData) => ({
  ...Object.fromEntries([...formData].filter(([, value]) => typeof value === "string")),
  helpedBy: formData.getAll("helpedBy"),
});
