// The CSV attendance import: every bad row reported with its row number and
// reason, nothing half-imported, and the same file imported twice adds nothing.
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createLibrarian, createLibrary, createProducer } from "../../tests/db-utils";
import { importAttendance } from "./attendance-import.server";

let library: { id: string };
let librarianId: string;
let siti: { slug: string; id: string; email: string };
let budi: { slug: string; id: string; phone: string };
let outsider: { slug: string };

beforeEach(async () => {
  library = await createLibrary();
  librarianId = (await createLibrarian(library.id)).id;
  const [a, b, c] = await Promise.all([
    createProducer({ homeLibraryId: library.id }),
    createProducer({ homeLibraryId: library.id, status: "PENDING", user: { phone: "+6281260001234" } }),
    createProducer(), // another library's producer
  ]);
  siti = { slug: a.profile.slug, id: a.profile.id, email: a.user.email };
  budi = { slug: b.profile.slug, id: b.profile.id, phone: "+6281260001234" };
  outsider = { slug: c.profile.slug };
});

const header = "tanggal,jenis,topik,judul,fasilitator,produsen";

describe("importAttendance", () => {
  test("creates the sessions and attendance; producers named by slug, e-mail or phone as people type it", async () => {
    const csv = [
      header,
      `14/03/2025,Bimtek,Pengemasan,Bimtek Pengemasan dan Label,Dinas Koperasi,${siti.slug}`,
      `14/03/2025,bimtek,pengemasan,Bimtek  Pengemasan dan Label,Dinas Koperasi,0812-6000-1234`,
      `2025-04-02,Workshop,Digital marketing,Berjualan Daring,,${siti.email.toUpperCase()}`,
    ].join("\n");

    const result = await importAttendance(librarianId, library.id, csv);

    expect(result).toEqual({ ok: true, rows: 3, sessionsCreated: 2, attendanceAdded: 3, alreadyRecorded: 0 });
    const sessions = await prisma.trainingSession.findMany({
      where: { libraryId: library.id },
      include: { attendance: true },
      orderBy: { heldOn: "asc" },
    });
    expect(sessions.map((s) => [s.heldOn.toISOString().slice(0, 10), s.kind, s.topic, s.attendance.length])).toEqual([
      ["2025-03-14", "BIMTEK", "PACKAGING", 2],
      ["2025-04-02", "WORKSHOP", "DIGITAL_MARKETING", 1],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { libraryId: library.id, actorId: librarianId } });
    expect(audit.filter((a) => a.action === "training.attendance.add")).toHaveLength(3);
    expect(audit.filter((a) => a.action === "training.attendance.import")).toHaveLength(1);
  });

  test("importing the same file again adds nothing", async () => {
    const csv = `${header}\n14/03/2025,Bimtek,Pengemasan,Bimtek Pengemasan,Dinas,${siti.slug}\n14/03/2025,Bimtek,Pengemasan,Bimtek Pengemasan,Dinas,${budi.slug}\n`;
    await importAttendance(librarianId, library.id, csv);

    const again = await importAttendance(librarianId, library.id, csv);

    expect(again).toEqual({ ok: true, rows: 2, sessionsCreated: 0, attendanceAdded: 0, alreadyRecorded: 2 });
    expect(await prisma.trainingSession.count({ where: { libraryId: library.id } })).toBe(1);
    expect(await prisma.trainingAttendance.count({ where: { training: { libraryId: library.id } } })).toBe(2);
  });

  test("bad rows are reported by row and reason, and nothing of the file is imported", async () => {
    const csv = [
      header,
      `14/03/2025,Bimtek,Pengemasan,Bimtek Pengemasan,Dinas,${siti.slug}`, // row 2: good
      `31/02/2025,Bimtek,Pengemasan,Bimtek Pengemasan,Dinas,${budi.slug}`, // row 3: no such date
      `14/03/2025,Seminar,Pengemasan,Bimtek Pengemasan,Dinas,${budi.slug}`, // row 4: unknown kind
      `14/03/2025,Bimtek,Memasak,Bimtek Pengemasan,Dinas,${budi.slug}`, // row 5: unknown topic
      `14/03/2025,Bimtek,Pengemasan,Bimtek Pengemasan,Dinas,tidak-ada-orangnya`, // row 6: unknown producer
      `14/03/2025,Bimtek,Pengemasan,Bimtek Pengemasan,Dinas,${outsider.slug}`, // row 7: another library's producer
      `14/03/2025,Bimtek,Pengemasan,Bimtek Pengemasan,Dinas,${siti.slug}`, // row 8: same person twice
      `14/03/2025,Bimtek,Pengemasan`, // row 9: short row
      `14/03/2025,Bimtek,Pengemasan,,Dinas,`, // row 10: no title, no producer
    ].join("\n");

    const result = await importAttendance(librarianId, library.id, csv);

    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, reason: "badDate", value: "31/02/2025" },
        { row: 4, reason: "badKind", value: "Seminar" },
        { row: 5, reason: "badTopic", value: "Memasak" },
        { row: 6, reason: "unknownProducer", value: "tidak-ada-orangnya" },
        { row: 7, reason: "unknownProducer", value: outsider.slug },
        { row: 8, reason: "duplicate", value: siti.slug },
        { row: 9, reason: "columnCount", value: "3" },
        { row: 10, reason: "missingTitle" },
        { row: 10, reason: "missingProducer" },
      ],
    });
    expect(await prisma.trainingSession.count({ where: { libraryId: library.id } })).toBe(0);
    expect(await prisma.trainingAttendance.count({ where: { training: { libraryId: library.id } } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { libraryId: library.id } })).toBe(0);
  });

  test("whole-file problems: empty, header only, missing columns, unreadable", async () => {
    expect(await importAttendance(librarianId, library.id, "")).toEqual({
      ok: false,
      errors: [{ row: 0, reason: "empty" }],
    });
    expect(await importAttendance(librarianId, library.id, `${header}\n`)).toEqual({
      ok: false,
      errors: [{ row: 0, reason: "empty" }],
    });
    expect(await importAttendance(librarianId, library.id, `tanggal,judul\n14/03/2025,Bimtek`)).toEqual({
      ok: false,
      errors: [{ row: 1, reason: "missingColumns", value: "jenis, topik, produsen" }],
    });
    const unreadable = await importAttendance(librarianId, library.id, `${header}\n14/03/2025,"Bimtek,Pengemasan\n`);
    expect(unreadable).toMatchObject({ ok: false, errors: [{ reason: "malformed" }] });
  });

  test("semicolon-separated files from Indonesian spreadsheets and English headers are read", async () => {
    const csv = `\uFEFFDate;Kind;Topic;Title;Facilitator;Producer\r\n2025-03-14;PLM;Bookkeeping;Peer Learning Meeting;;${siti.slug}\r\n`;

    const result = await importAttendance(librarianId, library.id, csv);

    expect(result).toMatchObject({ ok: true, sessionsCreated: 1, attendanceAdded: 1 });
    const session = await prisma.trainingSession.findFirstOrThrow({ where: { libraryId: library.id } });
    expect(session).toMatchObject({ kind: "PLM", topic: "BOOKKEEPING", title: "Peer Learning Meeting" });
  });
});
