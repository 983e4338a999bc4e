// The producer's impact story: they write it (giving the IMPACT_STORY
// consent), a librarian of their library publishes it, and they can take the
// consent back at any time, which hides it at once.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireProducer } from "~/accounts/scope.server";
import { saveStory, storyForm, StoryInput, withdrawStory } from "~/impact/stories.server";
import { StoryForm, StoryStatus } from "~/impact/story-form";
import { parseFormData, readForm } from "~/platform/form.server";
import { httpErrorFor } from "~/platform/http-errors";
import { secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("impactWork.producerTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, producer } = await requireProducer(request);
  return storyForm({ id: producer.id, userId: user.id });
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, producer } = await requireProducer(request);
  const owner = { id: producer.id, userId: user.id };
  const formData = await readForm(request);
  if (formData.get("intent") === "withdraw") {
    await withdrawStory(owner);
    return redirect("/producer/story?done=withdrawn");
  }
  const form = parseFormData(formData, StoryInput);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, 400);
  try {
    await saveStory(owner, form.data, { kind: "self", userId: user.id });
  } catch (error) {
    throw httpErrorFor(error);
  }
  return redirect("/producer/story?done=saved");
}

export default function ProducerStoryPage() {
  const { story, photos, consentInForce } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const done = searchParams.get("done");
  const typed = actionData?.values;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("impactWork.producerTitle")}</h1>
      {done === "saved" ? <Notice>{t("impactWork.saved")}</Notice> : null}
      {done === "withdrawn" ? <Notice>{t("impactWork.withdrawn")}</Notice> : null}
      <p className="max-w-2xl text-stone-700">{t("impactWork.producerIntro")}</p>
      <StoryStatus story={story} consent={consentInForce} />
      <StoryForm
        story={
          typed
            ? { before: typed.before ?? "", after: typed.after ?? "", photoId: typed.photoId || null }
            : (story ?? null)
        }
        photos={photos}
        errors={actionData?.errors}
      />
      {consentInForce ? (
        <Form method="post">
          <CsrfInput />
          <button type="submit" name="intent" value="withdraw" className={secondaryButtonClass}>
            {t("impactWork.withdraw")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
