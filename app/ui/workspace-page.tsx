import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";

export function WorkspacePage({ title, name, children }: { title: string; name: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{t("workspace.welcome", { name })}</p>
      {children}
    </div>
  );
}
