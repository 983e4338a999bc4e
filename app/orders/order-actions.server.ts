// The one form handler behind every order button (buyer page, producer list,
// pickup desk): parse, apply through transitionOrder, say what happened.
import { z } from "zod";
import type { SessionUser } from "~/accounts/session.server";
import { ORDER_ACTIONS, TransitionError, transitionOrder } from "./orders.server";

const OrderActionForm = z.object({
  orderId: z.string().min(1),
  intent: z.enum(ORDER_ACTIONS),
  reference: z.string().trim().max(100).optional(),
  note: z.string().trim().max(500).optional(),
});

export type OrderActionResult =
  { ok: true; orderId: string } | { ok: false; error: TransitionError["reason"] | "invalid" };

export async function applyOrderForm(
  formData: FormData,
  user: SessionUser | null,
  accessToken?: string | null,
): Promise<OrderActionResult> {
  const parsed = OrderActionForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: "invalid" };
  try {
    await transitionOrder({
      orderId: parsed.data.orderId,
      action: parsed.data.intent,
      user,
      accessToken,
      reference: parsed.data.reference || null,
      note: parsed.data.note || null,
    });
    return { ok: true, orderId: parsed.data.orderId };
  } catch (error) {
    if (error instanceof TransitionError) return { ok: false, error: error.reason };
    throw error;
  }
}
