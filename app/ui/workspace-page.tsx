import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function WorkspacePage({ title, name, children }: { title: string; name: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{t("workspace.welcome", { name })}</p>
      {children}
      <p className="border-brand-600 rounded-lg border border-dashed bg-white p-4 text-stone-700">
        {t("workspace.comingNext")}
      </p>
    </div>
  );
}
