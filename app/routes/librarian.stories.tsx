// The stories of the library's producers (?library=<slug>): a librarian
// publishes one to show it on the storefront, or takes it down. A story shows
// only while its producer's IMPACT_STORY consent is in force.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import { libraryStories, PublishInput, setStoryPublished } from "~/impact/stories.server";
import { StoryReviewList } from "~/impact/story-review";
import { LibrarySwitcher } from "~/libraries/workspace-ui";
import { parseFormData, readForm } from "~/platform/form.server";
import { httpErrorFor } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("impactWork.librarianTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library, libraries } = await requireLibrarian(request);
  return {
    stories: await libraryStories(library.id),
    library: { slug: library.slug, name: library.name },
    libraries: libraries.map(({ slug, name }) => ({ slug, name })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, library } = await requireLibrarian(request);
  const form = parseFormData(await readForm(request), PublishInput);
  if (!form.ok) return data({ refused: undefined }, 400);
  const { producerId, intent } = form.data;
  try {
    if (!(await setStoryPublished(user, library.id, producerId, intent === "publish")))
      return data({ refused: producerId }, 400);
  } catch (error) {
    throw httpErrorFor(error);
  }
  return redirect(`/librarian/stories?library=${encodeURIComponent(library.slug)}&done=${intent}`);
}

export default function LibrarianStoriesPage() {
  const { stories, library, libraries } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const done = searchParams.get("done");
  return (
    <div className="max-w-3xl space-y-4">
      <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian/stories" />
      <h1 className="text-2xl font-bold">
        {t("impactWork.librarianTitle")}: {library.name}
      </h1>
      {done === "publish" ? <Notice>{t("impactWork.published")}</Notice> : null}
      {done === "unpublish" ? <Notice>{t("impactWork.unpublished")}</Notice> : null}
      <p className="text-stone-700">{t("impactWork.librarianIntro")}</p>
      <StoryReviewList stories={stories} refused={actionData?.refused} />
    </div>
  );
}
