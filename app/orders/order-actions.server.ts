// The forms behind every order button (buyer page, producer list and slip,
// pickup desk, cooperative's transfers, admin view): parse, apply through
// transitionOrder or refundOrder, say what happened. Who may is decided there,
// by the order's rules, whatever page the form came from.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { parseFormData, readForm, type FieldErrors } from "~/platform/form.server";
import type { OrderActor } from "./order-access.server";
import { applyMessageForm, type Party } from "./order-messages.server";
import { ORDER_ACTIONS } from "./order-rules";
import { RefundError } from "./refund-amount";
import { refundOrder, type RefundResult } from "./refunds.server";
import { TransitionError, transitionOrder } from "./transitions.server";

const OrderActionForm = z.object({
  orderId: z.string().min(1),
  intent: z.enum(ORDER_ACTIONS),
  reference: z.string().trim().max(100).optional(),
  note: z.string().trim().max(500).optional(),
});

export type OrderActionResult =
  { ok: true; orderId: string; code: string } | { ok: false; error: TransitionError["reason"] | "invalid" };

/** An order button's form (already read, CSRF checked): the action named by `intent`, for `user`. */
export async function applyOrderForm(
  formData: FormData,
  user: OrderActor | null,
  accessToken?: string | null,
): Promise<OrderActionResult> {
  const parsed = parseFormData(formData, OrderActionForm);
  if (!parsed.ok) return { ok: false, error: "invalid" };
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

// ---------------------------------------------------------------- refunds

/** The refund forms' fields; error messages are i18n keys. Per-line quantities come as `qty-<lineId>`. */
const RefundForm = z.object({
  scope: z.enum(["whole", "lines"]),
  refundId: z.string().min(16).max(64),
  reason: z.string().trim().min(3, "buying.refund.errors.reason").max(500, "buying.refund.errors.reason"),
  reference: z.string().trim().max(100).optional(),
});

const Quantity = z.coerce.number().int().min(0).max(100_000);

export type RefundFormResult =
  | { ok: true; result: RefundResult }
  | { ok: false; refundId: string; fieldErrors: FieldErrors; error: RefundError["reason"] | null };

/** The quantities typed per line (`qty-<lineId>`; empty boxes left out), or the errors of those that are no number. */
function refundQuantities(formData: FormData) {
  const lines: { lineId: string; quantity: number }[] = [];
  const errors: FieldErrors = {};
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("qty-") || value === "") continue;
    const quantity = Quantity.safeParse(value);
    if (quantity.success) lines.push({ lineId: name.slice(4), quantity: quantity.data });
    else errors[name] = "buying.refund.errors.quantity";
  }
  if (!Object.keys(errors).length && !lines.some((line) => line.quantity > 0))
    errors.lines = "buying.refund.errors.noLines";
  return { lines, errors };
}

/** Parses a refund form (whole order or chosen lines) and refunds for `user`. */
export async function applyRefundForm(
  orderId: string,
  formData: FormData,
  user: OrderActor,
): Promise<RefundFormResult> {
  const refundId = String(formData.get("refundId") ?? "");
  const parsed = parseFormData(formData, RefundForm);
  if (!parsed.ok) return { ok: false, refundId, fieldErrors: parsed.errors, error: null };
  let lines: { lineId: string; quantity: number }[] | undefined;
  if (parsed.data.scope === "lines") {
    const chosen = refundQuantities(formData);
    if (Object.keys(chosen.errors).length) return { ok: false, refundId, fieldErrors: chosen.errors, error: null };
    lines = chosen.lines;
  }
  try {
    const result = await refundOrder({
      orderId,
      user,
      lines,
      reason: parsed.data.reason,
      refundId: parsed.data.refundId,
      reference: parsed.data.reference,
    });
    return { ok: true, result };
  } catch (error) {
    if (error instanceof RefundError) return { ok: false, refundId, fieldErrors: {}, error: error.reason };
    throw error;
  }
}

// ---------------------------------------------------------------- an order's own page

/**
 * The POST of an order's own page (the producer's packing slip, an admin's
 * order view), after the route checked who may see the order: a refund, or a
 * state change. Success goes back to `pagePath`; a refusal is answered with
 * what the page shows beside its forms.
 */
export async function orderPageAction(
  request: Request,
  orderId: string,
  user: OrderActor & { name: string },
  pagePath: string,
  { party }: { party?: Party } = {},
) {
  const formData = await readForm(request);
  if (formData.get("intent") === "message" && party) {
    const posted = await applyMessageForm(formData, { orderId, party, user });
    if (!posted.ok) return data({ error: null, refund: null, message: posted }, 400);
    return redirect(`${pagePath}#messages`);
  }
  if (formData.get("intent") === "refund") {
    const refund = await applyRefundForm(orderId, formData, user);
    if (refund.ok) {
      const done = new URLSearchParams({ refunded: String(refund.result.amountIdr) });
      if (refund.result.repeated) done.set("repeated", "1");
      return redirect(`${pagePath}?${done}`);
    }
    const { ok: _failed, ...feedback } = refund;
    return data({ error: null, refund: { ...feedback, scope: String(formData.get("scope")) }, message: null }, 400);
  }
  formData.set("orderId", orderId);
  const result = await applyOrderForm(formData, user);
  if (!result.ok) return data({ error: result.error, refund: null, message: null }, 409);
  return redirect(pagePath);
}
