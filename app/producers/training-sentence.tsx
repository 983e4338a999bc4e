// A producer's training as a plain sentence on public pages: "Dilatih
// pengemasan, Maret 2025 (Bimtek di Perpustakaan Desa Sukamaju)" / "Trained in
// packaging, March 2025 (technical training at …)". The month is the
// library's, in its own time zone.
import { useTranslation } from "~/platform/i18n/react";
import type { TrainingKind, TrainingTopic } from "~/generated/prisma/enums";
import { formatMonth } from "~/platform/dates";
import { useLanguage } from "~/ui/use-language";

export type TrainingForSentence = {
  kind: TrainingKind;
  topic: TrainingTopic;
  heldOn: Date | string;
  /** Named when the topic is "other": the title says what it was. */
  title?: string;
  library: { name: string; timeZone?: string };
};

export function TrainingSentence({ training }: { training: TrainingForSentence }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const values = {
    month: formatMonth(training.heldOn, language, training.library.timeZone),
    kind: t(`training.sentence.kind.${training.kind}`),
    library: training.library.name,
  };
  if (training.topic !== "OTHER") {
    return (
      <>
        {t("training.sentence.trained", {
          ...values,
          topic: t(`training.sentence.topic.${training.topic}`),
        })}
      </>
    );
  }
  if (training.title) return <>{t("training.sentence.attended", { ...values, title: training.title })}</>;
  return <>{t("training.sentence.took", values)}</>;
}
