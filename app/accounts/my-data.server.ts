// /account/data (issue 16): correcting one's own data, and the password check
// that guards the deletion.
import { prisma } from "~/platform/db.server";
import { recordAudit } from "./audit.server";
import { verifyPassword } from "./password.server";

export async function correctPersonalData(userId: string, next: { name: string; phone?: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, phone: true } });
    const after = { name: next.name, phone: next.phone ?? null };
    await tx.user.update({ where: { id: userId }, data: after });
    await recordAudit(tx, {
      actorId: userId,
      subjectUserId: userId,
      action: "account.correct",
      entityType: "User",
      entityId: userId,
      before,
      after,
    });
  });
}

export async function passwordMatches(userId: string, password: string): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return verifyPassword(user.passwordHash, password);
}
