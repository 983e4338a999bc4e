// The storefront's banner headline and story on the curation page.
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field, TextAreaField } from "~/ui/field";
import { PageSection } from "~/ui/page-section";
import { useErrorText } from "~/ui/use-error-text";
import type { Refusal } from "./refusal";

export function StorySection({
  library,
  refusal,
}: {
  library: { bannerText: string; story: string };
  refusal?: Refusal;
}) {
  const { t } = useTranslation();
  const error = useErrorText(refusal?.errors);
  return (
    <PageSection id="story" title={t("librarian.storefront.textTitle")} className="space-y-3">
      <Form method="post" className="space-y-4">
        <CsrfInput />
        <input type="hidden" name="intent" value="text" />
        <Field
          name="bannerText"
          label={t("librarian.storefront.bannerText")}
          hint={t("librarian.storefront.bannerHint")}
          defaultValue={refusal?.values.bannerText ?? library.bannerText}
          error={error("bannerText")}
          maxLength={160}
        />
        <TextAreaField
          // Not "story": the section itself is #story (the anchor a save lands on).
          id="story-text"
          name="story"
          label={t("librarian.storefront.story")}
          hint={t("librarian.storefront.storyHint")}
          defaultValue={refusal?.values.story ?? library.story}
          error={error("story")}
          rows={6}
          maxLength={4000}
        />
        <button type="submit" className={buttonClass}>
          {t("librarian.storefront.saveText")}
        </button>
      </Form>
    </PageSection>
  );
}
