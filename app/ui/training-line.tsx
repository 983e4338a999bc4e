import { useTranslation } from "~/platform/i18n/react";
import { formatMonth } from "~/platform/dates";
import type { TrainingKind, TrainingTopic } from "~/generated/prisma/enums";
import { useLanguage } from "./use-language";

/** "Pengemasan · Bimtek · Maret 2025" */
export function TrainingLine({
  training,
  timeZone,
}: {
  training: { kind: TrainingKind; topic: TrainingTopic; heldOn: Date | string };
  timeZone?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {t("training.summary", {
        topic: t(`training.topic.${training.topic}`),
        kind: t(`training.kind.${training.kind}`),
        date: formatMonth(training.heldOn, language, timeZone),
      })}
    </>
  );
}
