// The browsers an account has logged in from: a signed, HttpOnly cookie with
// a random device id and the accounts that entered through it (a family phone
// may hold a few). Log-in throttling trusts such a browser more
// (login-throttle.server.ts), so that strangers failing at an account cannot
// keep its owner out of their own phone. Signed, so it cannot be forged; sent
// only to /login, the one page that reads it.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { signedCookie } from "~/platform/cookies.server";

const DEVICE_DAYS = 365;
const MAX_ACCOUNTS = 5;

const deviceCookie = signedCookie("device", { path: "/login", maxAgeDays: DEVICE_DAYS });

const DeviceSchema = z.object({
  id: z.string().regex(/^[\w-]{22}$/),
  accounts: z.array(z.string().max(64)).max(MAX_ACCOUNTS),
});

export type Device = z.infer<typeof DeviceSchema>;

/** The browser's device cookie, or null (none, forged, or malformed). */
export async function readDevice(request: Request): Promise<Device | null> {
  const parsed = DeviceSchema.safeParse(await deviceCookie().parse(request.headers.get("Cookie")));
  return parsed.success ? parsed.data : null;
}

/** The device id when this browser has logged in to `userId` before. */
export function trustedDeviceId(device: Device | null, userId: string | undefined): string | undefined {
  return device && userId && device.accounts.includes(userId) ? device.id : undefined;
}

/** The Set-Cookie header that remembers `userId` on this browser (most recent account first). */
export async function rememberDevice(request: Request, userId: string): Promise<string> {
  const device = await readDevice(request);
  const next: Device = {
    id: device?.id ?? randomBytes(16).toString("base64url"),
    accounts: [userId, ...(device?.accounts ?? []).filter((id) => id !== userId)].slice(0, MAX_ACCOUNTS),
  };
  return deviceCookie().serialize(next);
}
