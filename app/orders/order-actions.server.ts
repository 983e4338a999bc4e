// The one form handler behind every order button (buyer page, producer list,
// pickup desk): parse, apply through transitionOrder, say what happened.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import type { SessionUser } from "~/accounts/session.server";
import { ORDER_ACTIONS, TransitionError, transitionOrder } from "./orders.server";
import { applyRefundForm } from "./refunds.server";

const OrderActionForm = z.object({
  orderId: z.string().min(1),
  intent: z.enum(ORDER_ACTIONS),
  reference: z.string().trim().max(100).optional(),
  note: z.string().trim().max(500).optional(),
});

export type OrderActionResult =
  { ok: true; orderId: string; code: string } | { ok: false; error: TransitionError["reason"] | "invalid" };

export async function applyOrderForm(
  formData: FormData,
  user: SessionUser | null,
  accessToken?: string | null,
): Promise<OrderActionResult> {
  const parsed = OrderActionForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: "invalid" };
  try {
    const order = await transitionOrder({
      orderId: parsed.data.orderId,
      action: parsed.data.intent,
      user,
      accessToken,
      reference: parsed.data.reference || null,
      note: parsed.data.note || null,
    });
    return { ok: true, orderId: order.id, code: order.code };
  } catch (error) {
    if (error instanceof TransitionError) return { ok: false, error: error.reason };
    throw error;
  }
}

/**
 * The POST of an order's own page (the producer's packing slip, an admin's
 * order view), after the route checked who may see the order: a refund, or a
 * state change. Success goes back to `pagePath`; a refusal is answered with
 * what the page shows beside its forms.
 */
export async function orderPageAction(orderId: string, formData: FormData, user: SessionUser, pagePath: string) {
  if (formData.get("intent") === "refund") {
    const refund = await applyRefundForm(orderId, formData, user);
    if (refund.ok) {
      const done = new URLSearchParams({ refunded: String(refund.result.amountIdr) });
      if (refund.result.repeated) done.set("repeated", "1");
      return redirect(`${pagePath}?${done}`);
    }
    const { ok: _failed, ...feedback } = refund;
    return data({ error: null, refund: { ...feedback, scope: String(formData.get("scope")) } }, 400);
  }
  formData.set("orderId", orderId);
  const result = await applyOrderForm(formData, user);
  if (!result.ok) return data({ error: result.error, refund: null }, 409);
  return redirect(pagePath);
}
