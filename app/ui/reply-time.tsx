// "Usually answers messages within 3 hours": a producer's median first reply (issue 15).
import { useTranslation } from "~/platform/i18n/react";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The median in the unit people say it in: minutes below an hour, hours below two days, then days (rounded up). */
export function replyTimeUnit(ms: number): { unit: "minutes" | "hours" | "days"; count: number } {
  if (ms < HOUR) return { unit: "minutes", count: Math.max(1, Math.ceil(ms / MINUTE)) };
  if (ms < 48 * HOUR) return { unit: "hours", count: Math.ceil(ms / HOUR) };
  return { unit: "days", count: Math.ceil(ms / (24 * HOUR)) };
}

export function ReplyTime({ ms }: { ms: number | null }) {
  const { t } = useTranslation();
  if (ms === null) return null;
  const { unit, count } = replyTimeUnit(ms);
  return <p className="mt-1 text-sm text-stone-700">{t(`chat.replyTime.${unit}`, { count })}</p>;
}
