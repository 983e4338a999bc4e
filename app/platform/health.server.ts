// Is the database answering? For /healthz and load balancers.
import { database } from "./db.server";

export async function checkDatabase() {
  const started = performance.now();
  const { prisma, engine } = database();
  try {
    await prisma.$queryRawUnsafe("SELECT 1");
    return { reachable: true, engine, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    console.error("Health check: database unreachable", error);
    return { reachable: false, engine };
  }
}
