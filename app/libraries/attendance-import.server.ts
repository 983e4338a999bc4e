// Training attendance from a spreadsheet: one row per attendee, the session in
// columns beside them. Every row is checked first; one bad row refuses the
// whole file (nothing half-imported) and each error names its row and reason.
// Importing the same file again adds nothing: sessions are matched by library,
// date, kind, topic and title, and attendance by its (session, producer) key.
import { parse } from "csv-parse/sync";
import { recordAudit, recordAudits } from "~/accounts/audit.server";
import { TrainingKind, TrainingTopic } from "~/generated/prisma/enums";
import { prisma } from "~/platform/db.server";
import { training as trainingEn } from "~/platform/i18n/locales/en/training";
import { training as trainingId } from "~/platform/i18n/locales/id/training";
import { normaliseIndonesianPhone } from "~/platform/phone";
import { lockLibrary } from "./library-lock.server";
import { parseCalendarDate } from "~/platform/dates";
import { isPlausibleTrainingDate } from "./training-dates";

export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = 512 * 1024;

/** Why a row (or the file) was refused; i18n keys under `librarian.import.reason`. */
export type ImportReason =
  | "empty"
  | "tooLarge"
  | "malformed"
  | "missingColumns"
  | "columnCount"
  | "badDate"
  | "badKind"
  | "badTopic"
  | "missingTitle"
  | "missingProducer"
  | "unknownProducer"
  | "duplicate";

/** `row` is the line in the spreadsheet (the header is row 1); 0 for the whole file. */
export type ImportError = { row: number; reason: ImportReason; value?: string };

export type ImportResult =
  | { ok: true; rows: number; sessionsCreated: number; attendanceAdded: number; alreadyRecorded: number }
  | { ok: false; errors: ImportError[] };

/** Column names, Indonesian first; English accepted too. */
const COLUMNS = {
  heldOn: ["tanggal", "date"],
  kind: ["jenis", "kind", "type"],
  topic: ["topik", "topic"],
  title: ["judul", "title"],
  facilitator: ["fasilitator", "facilitator"],
  producer: ["produsen", "producer"],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ["heldOn", "kind", "topic", "title", "producer"];

const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** "Bimtek", "BIMTEK", "Lokakarya", "Workshop"… → the enum value, whichever language. */
function lookupTable<T extends string>(values: readonly T[], ...labelSets: Record<T, string>[]): Map<string, T> {
  const table = new Map<string, T>();
  for (const value of values) {
    table.set(fold(value), value);
    table.set(fold(value.replace(/_/g, " ")), value);
    for (const labels of labelSets) table.set(fold(labels[value]), value);
  }
  return table;
}
const KINDS = lookupTable(Object.values(TrainingKind), trainingId.kind, trainingEn.kind);
KINDS.set("lokakarya", "WORKSHOP");
KINDS.set("pendampingan", "MENTORING");
KINDS.set("bimbingan teknis", "BIMTEK");
const TOPICS = lookupTable(Object.values(TrainingTopic), trainingId.topic, trainingEn.topic);

type ParsedRow = {
  row: number;
  heldOn: Date;
  kind: TrainingKind;
  topic: TrainingTopic;
  title: string;
  facilitator: string;
  producer: string;
};

/** Spreadsheets set to Indonesian save CSV with semicolons (the comma is the decimal mark). */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

function readRows(text: string): { rows: ParsedRow[]; errors: ImportError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { rows: [], errors: [{ row: typeof line === "number" ? line : 0, reason: "malformed" }] };
  }
  const [header, ...body] = records;
  if (!header || !body.length) return { rows: [], errors: [{ row: 0, reason: "empty" }] };
  if (body.length > MAX_IMPORT_ROWS) return { rows: [], errors: [{ row: 0, reason: "tooLarge" }] };

  const names = header.record.map(fold);
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    index[column] = names.findIndex((name) => (COLUMNS[column] as readonly string[]).includes(name));
  }
  const missing = REQUIRED.filter((column) => index[column] < 0);
  if (missing.length) {
    return {
      rows: [],
      errors: [{ row: 1, reason: "missingColumns", value: missing.map((column) => COLUMNS[column][0]).join(", ") }],
    };
  }

  const rows: ParsedRow[] = [];
  const errors: ImportError[] = [];
  for (const { record, info } of body) {
    const row = info.lines;
    const cell = (column: Column) => (index[column] >= 0 ? (record[index[column]] ?? "") : "");
    if (record.length !== header.record.length) {
      errors.push({ row, reason: "columnCount", value: String(record.length) });
      continue;
    }
    const heldOn = parseCalendarDate(cell("heldOn"));
    const kind = KINDS.get(fold(cell("kind")));
    const topic = TOPICS.get(fold(cell("topic")));
    const title = cell("title").replace(/\s+/g, " ");
    const producer = cell("producer");
    const before = errors.length;
    if (!heldOn || !isPlausibleTrainingDate(heldOn)) errors.push({ row, reason: "badDate", value: cell("heldOn") });
    if (!kind) errors.push({ row, reason: "badKind", value: cell("kind") });
    if (!topic) errors.push({ row, reason: "badTopic", value: cell("topic") });
    if (title.length < 3 || title.length > 200) errors.push({ row, reason: "missingTitle" });
    if (!producer) errors.push({ row, reason: "missingProducer" });
    if (errors.length === before && heldOn && kind && topic) {
      rows.push({ row, heldOn, kind, topic, title, facilitator: cell("facilitator").slice(0, 200), producer });
    }
  }
  return { rows, errors };
}

/** A producer is named by their slug (as in /producers/…), e-mail or phone number. */
function producerKeys(producer: { slug: string; user: { email: string | null; phone: string | null } }): string[] {
  return [
    producer.slug.toLowerCase(),
    ...(producer.user.email ? [producer.user.email.toLowerCase()] : []),
    ...(producer.user.phone ? [producer.user.phone] : []),
  ];
}
function keyOf(text: string): string {
  return normaliseIndonesianPhone(text) ?? text.trim().toLowerCase();
}

const sessionKey = (s: { heldOn: Date; kind: string; topic: string; title: string }) =>
  [s.heldOn.toISOString().slice(0, 10), s.kind, s.topic, fold(s.title)].join("|");

/** The spreadsheet's text from the import form: the uploaded file, else what was pasted; "" when neither. */
export async function importTextOf(formData: FormData): Promise<string> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) return file.text();
  const pasted = formData.get("csv");
  return typeof pasted === "string" ? pasted.trim() : "";
}

export async function importAttendance(actorId: string, libraryId: string, text: string): Promise<ImportResult> {
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, errors: [{ row: 0, reason: "tooLarge" }] };
  const { rows, errors } = readRows(text);
  // A file that is not a table at all has nothing more to check.
  if (errors.some((error) => error.row <= 1)) return { ok: false, errors };

  return prisma.$transaction(async (tx) => {
    await lockLibrary(tx, "attendance", libraryId);
    // Only this library's producers can be named: another library's are "unknown" here.
    const producers = await tx.producerProfile.findMany({
      where: { homeLibraryId: libraryId, status: { in: ["APPROVED", "PENDING"] } },
      select: { id: true, userId: true, slug: true, user: { select: { email: true, phone: true } } },
    });
    const producerByKey = new Map(producers.flatMap((p) => producerKeys(p).map((key) => [key, p] as const)));

    const rowErrors: ImportError[] = [...errors];
    const seen = new Set<string>();
    const resolved: (ParsedRow & { producerId: string; producerUserId: string })[] = [];
    for (const row of rows) {
      const producer = producerByKey.get(keyOf(row.producer));
      if (!producer) {
        rowErrors.push({ row: row.row, reason: "unknownProducer", value: row.producer });
        continue;
      }
      const attendanceKey = `${sessionKey(row)}|${producer.id}`;
      if (seen.has(attendanceKey)) {
        rowErrors.push({ row: row.row, reason: "duplicate", value: row.producer });
        continue;
      }
      seen.add(attendanceKey);
      resolved.push({ ...row, producerId: producer.id, producerUserId: producer.userId });
    }
    if (rowErrors.length) return { ok: false as const, errors: rowErrors.sort((a, b) => a.row - b.row) };

    const existing = await tx.trainingSession.findMany({
      where: {
        libraryId,
        heldOn: { in: [...new Set(resolved.map((r) => r.heldOn.getTime()))].map((t) => new Date(t)) },
      },
      select: { id: true, heldOn: true, kind: true, topic: true, title: true },
    });
    const sessionIds = new Map(existing.map((s) => [sessionKey(s), s.id]));
    let sessionsCreated = 0;
    for (const row of resolved) {
      const key = sessionKey(row);
      if (sessionIds.has(key)) continue;
      const created = await tx.trainingSession.create({
        data: {
          libraryId,
          heldOn: row.heldOn,
          kind: row.kind,
          topic: row.topic,
          title: row.title,
          facilitator: row.facilitator,
        },
        select: { id: true },
      });
      sessionIds.set(key, created.id);
      sessionsCreated += 1;
    }

    const pairs = resolved.map((row) => ({ trainingId: sessionIds.get(sessionKey(row))!, row }));
    const already = await tx.trainingAttendance.findMany({
      where: { OR: pairs.map(({ trainingId, row }) => ({ trainingId, producerId: row.producerId })) },
      select: { trainingId: true, producerId: true },
    });
    const recorded = new Set(already.map((a) => `${a.trainingId}|${a.producerId}`));
    const fresh = pairs.filter(({ trainingId, row }) => !recorded.has(`${trainingId}|${row.producerId}`));
    await tx.trainingAttendance.createMany({
      data: fresh.map(({ trainingId, row }) => ({ trainingId, producerId: row.producerId })),
      skipDuplicates: true,
    });
    await recordAudits(
      tx,
      fresh.map(({ trainingId, row }) => ({
        actorId,
        libraryId,
        subjectUserId: row.producerUserId,
        action: "training.attendance.add",
        entityType: "TrainingAttendance",
        entityId: `${trainingId}:${row.producerId}`,
        before: { attended: false },
        after: { attended: true, source: "csv", row: row.row },
      })),
    );
    const summary = {
      rows: resolved.length,
      sessionsCreated,
      attendanceAdded: fresh.length,
      alreadyRecorded: resolved.length - fresh.length,
    };
    await recordAudit(tx, {
      actorId,
      libraryId,
      action: "training.attendance.import",
      entityType: "Library",
      entityId: libraryId,
      after: summary,
    });
    return { ok: true as const, ...summary };
  });
}
