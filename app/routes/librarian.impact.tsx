// The librarian's impact summary of their library: one printable page for a
// stakeholder meeting, under the public page's disclosure rules (a librarian
// is not an admin of anyone's income).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import { ImpactCoreSections, PrintButton, RangeForm, ReportExtrasSections } from "~/impact/impact-view";
import { monthRangeFrom } from "~/impact/months";
import { libraryImpactReport } from "~/impact/report.server";
import { LibrarySwitcher } from "~/libraries/workspace-ui";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("impact.librarianTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { library, libraries } = await requireLibrarian(request);
  const report = await libraryImpactReport(library.id, monthRangeFrom(new URL(request.url).searchParams));
  return {
    report,
    library: { slug: library.slug, name: library.name },
    libraries: libraries.map(({ slug, name }) => ({ slug, name })),
  };
}

export default function LibrarianImpactPage() {
  const { report, library, libraries } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <LibrarySwitcher current={library.slug} libraries={libraries} path="/librarian/impact" />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t("impact.librarianTitle")}: {library.name}
        </h1>
        <p className="text-sm text-stone-700">
          {t("impact.periodLabel", { from: report.range.from, to: report.range.to })}
        </p>
        <p className="text-stone-700 print:hidden">{t("impact.librarianIntro")}</p>
      </header>
      <RangeForm
        from={report.range.from}
        to={report.range.to}
        keep={{ library: libraries.length > 1 ? library.slug : undefined }}
      />
      <PrintButton />
      <ImpactCoreSections report={report} />
      <ReportExtrasSections report={report} />
    </div>
  );
}
