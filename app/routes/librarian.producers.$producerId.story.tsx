// A librarian writes a producer's impact story with them and records their
// consent (who, how, when), as for assisted listings. The story then waits on
// the library's story list (/librarian/stories) to be published.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { storyForm } from "~/impact/stories.server";
import { StoryForm, StoryStatus } from "~/impact/story-form";
import { readAssistedStoryForm, saveAssistedStory, requireAssistedProducer } from "~/libraries/assisted-impact.server";
import { assistedFormDefaults } from "~/libraries/assisted-listings.server";
import { ConsentFields, splitConsentErrors } from "~/libraries/consent-fields";
import { httpErrorFor } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: t("impactWork.assistedTitle", { producer: data?.producer.businessName ?? "" }) }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { producer } = await requireAssistedProducer(request, params.producerId);
  return {
    ...assistedFormDefaults(producer),
    ...(await storyForm(producer)),
    library: producer.homeLibrary.slug,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, producer } = await requireAssistedProducer(request, params.producerId);
  const form = await readAssistedStoryForm(request, producer);
  if (!form.ok) return data({ errors: form.errors, consent: form.consent, typed: form.typed }, 400);
  try {
    await saveAssistedStory(user, producer, form.data);
  } catch (error) {
    throw httpErrorFor(error);
  }
  return redirect(`/librarian/stories?library=${encodeURIComponent(producer.homeLibrary.slug)}&done=saved`);
}

export default function AssistedStoryPage() {
  const { producer, consent, today, story, photos, consentInForce, library } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors = splitConsentErrors(actionData?.errors);
  const typed = actionData?.typed;
  return (
    <div className="max-w-3xl space-y-4">
      <p>
        <Link to={`/librarian/stories?library=${library}`} className="underline">
          {t("impactWork.menuStories")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("impactWork.assistedTitle", { producer: producer.businessName })}</h1>
      <p className="text-stone-700">{t("impactWork.assistedIntro")}</p>
      <StoryStatus story={story} consent={consentInForce} />
      <StoryForm
        story={typed ? { before: typed.before ?? "", after: typed.after ?? "", photoId: typed.photoId || null } : story}
        photos={photos}
        errors={actionData?.errors}
        consentFields={<ConsentFields values={actionData?.consent ?? consent} errors={errors.consent} today={today} />}
      />
    </div>
  );
}
