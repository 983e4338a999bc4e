import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { z } from "zod";
import { requireLibrarian } from "~/accounts/scope.server";
import { httpErrorFor } from "~/platform/http-errors";
import { formatDate } from "~/platform/dates";
import { parseForm } from "~/platform/form.server";
import { ApprovalError, decideProducer, listProducers } from "~/producers/approvals.server";
import { REASON_MAX } from "~/producers/limits";
import { buttonClass, dangerButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("onboarding.approvals.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireLibrarian(request);
  return { producers: await listProducers(user) };
}

const Decision = z.object({
  producerId: z.string().min(1),
  intent: z.enum(["approve", "reject", "suspend"]),
  reason: z
    .string()
    .max(REASON_MAX * 2)
    .default(""),
});

export async function action({ request }: ActionFunctionArgs) {
  // The scope is checked per producer by decideProducer: a forged producerId of another library is refused there.
  const { user } = await requireLibrarian(request);
  const form = await parseForm(request, Decision);
  if (!form.ok) return data({ producerId: form.values.producerId ?? "", error: "decisionNotAllowed" }, 400);
  const { producerId, intent, reason } = form.data;
  try {
    await decideProducer(user, producerId, intent === "approve" ? { action: intent } : { action: intent, reason });
  } catch (error) {
    if (error instanceof ApprovalError) return data({ producerId, error: error.code }, 400);
    throw httpErrorFor(error);
  }
  return redirect(`/librarian/producers?done=${intent}`);
}

const DONE: Record<string, string> = {
  approve: "onboarding.approvals.approved",
  reject: "onboarding.approvals.rejected",
  suspend: "onboarding.approvals.suspended",
};

export default function LibrarianProducers() {
  const { producers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const done = DONE[searchParams.get("done") ?? ""];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("onboarding.approvals.title")}</h1>
      {done ? <Notice>{t(done)}</Notice> : null}
      {producers.length === 0 ? <p>{t("onboarding.approvals.empty")}</p> : null}
      <ul className="space-y-3">
        {producers.map((producer) => {
          const error = actionData?.producerId === producer.id ? t(`listings.errors.${actionData.error}`) : undefined;
          return (
            <li key={producer.id} className="border-brand-100 space-y-2 rounded-lg border bg-white p-3">
              <h2 className="font-semibold">{producer.businessName}</h2>
              <p className="text-sm">
                {producer.user.name}
                {producer.user.phone ? ` · ${producer.user.phone}` : ""}
                {producer.village ? ` · ${producer.village.name}` : ""}
                {producer.nib ? ` · NIB ${producer.nib}` : ""}
              </p>
              <p className="text-sm">
                <span className="font-medium">{t(`onboarding.approvals.status.${producer.status}`)}</span> ·{" "}
                {t("onboarding.approvals.applied", { date: formatDate(producer.createdAt, language) })} ·{" "}
                {t("onboarding.approvals.products", { count: producer._count.products })}
              </p>
              <p className="text-sm">
                <Link to={`/librarian/producers/${producer.id}/listings`} className="underline">
                  {t("librarianTools.assisted.link")}
                  <span className="sr-only"> {producer.businessName}</span>
                </Link>
                {/* issue 12: the impact check-in and story a librarian records with the producer */}
                {" · "}
                <Link to={`/librarian/producers/${producer.id}/check-in`} className="underline">
                  {t("impactWork.checkIn.link")}
                  <span className="sr-only"> {producer.businessName}</span>
                </Link>
                {" · "}
                <Link to={`/librarian/producers/${producer.id}/story`} className="underline">
                  {t("impactWork.storyLink")}
                  <span className="sr-only"> {producer.businessName}</span>
                </Link>
                {/* issue 16: the in-person password reset (refused for anyone who is more than a producer) */}
                {" · "}
                <Link to={`/librarian/producers/${producer.id}/password`} className="underline">
                  {t("accountTrust.inPerson.link")}
                  <span className="sr-only"> {producer.businessName}</span>
                </Link>
              </p>
              {producer.statusReason ? (
                <p className="text-sm">{t("onboarding.approvals.statusReason", { reason: producer.statusReason })}</p>
              ) : null}
              {producer.own ? (
                <p className="text-sm">{t("onboarding.approvals.ownProfile")}</p>
              ) : (
                <Form method="post" className="space-y-2">
                  <CsrfInput />
                  <input type="hidden" name="producerId" value={producer.id} />
                  {producer.status !== "APPROVED" ? (
                    <button type="submit" name="intent" value="approve" className={buttonClass}>
                      {t(
                        producer.status === "PENDING"
                          ? "onboarding.approvals.approve"
                          : "onboarding.approvals.reinstate",
                      )}
                      <span className="sr-only"> {producer.businessName}</span>
                    </button>
                  ) : null}
                  {producer.status === "PENDING" || producer.status === "APPROVED" ? (
                    <>
                      <Field
                        name="reason"
                        id={`reason-${producer.id}`}
                        label={t("onboarding.approvals.reason")}
                        maxLength={REASON_MAX}
                        error={error}
                      />
                      <button
                        type="submit"
                        name="intent"
                        value={producer.status === "PENDING" ? "reject" : "suspend"}
                        className={dangerButtonClass}
                      >
                        {t(
                          producer.status === "PENDING"
                            ? "onboarding.approvals.reject"
                            : "onboarding.approvals.suspend",
                        )}
                        <span className="sr-only"> {producer.businessName}</span>
                      </button>
                    </>
                  ) : null}
                </Form>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
