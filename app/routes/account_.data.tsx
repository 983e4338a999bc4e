// Issue 16: /account/data: see everything held about me, download it, correct
// it, give or withdraw consents, and delete the account (UU PDP 27/2022).
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { deleteAccount, deletionBlockers } from "~/accounts/account-deletion.server";
import { ConsentKindSchema, CorrectDataSchema, DeleteAccountSchema } from "~/accounts/account-schemas";
import { consentsOf, giveConsent, withdrawConsent } from "~/accounts/consents.server";
import { personalDataSummary } from "~/accounts/data-export.server";
import { ConsentsSection, CorrectSection, DeleteSection, HeldSection } from "~/accounts/my-data-sections";
import { correctPersonalData, passwordMatches } from "~/accounts/my-data.server";
import { requireUser } from "~/accounts/scope.server";
import { sessionCookie } from "~/accounts/session.server";
import type { ConsentKind } from "~/generated/prisma/enums";
import { forgetSponsoredTiles } from "~/partners/sponsorship/serving.server";
import { parseFormData, readForm } from "~/platform/form.server";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("account.data.title") }));

const CONSENT_KINDS: ConsentKind[] = ["PUBLIC_PROFILE", "WHATSAPP_NUMBER", "IMPACT_REPORTS", "IMPACT_STORY"];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [held, { inForce, history }, blockers] = await Promise.all([
    personalDataSummary(user.id),
    consentsOf(user.id),
    deletionBlockers(user.id),
  ]);
  // Producers choose every kind; anyone else sees the kinds they have a record of.
  const kinds = user.producerProfile ? CONSENT_KINDS : CONSENT_KINDS.filter((k) => history.some((r) => r.kind === k));
  return { held, consents: kinds.map((kind) => ({ kind, givenAt: inForce.get(kind) ?? null })), blockers };
}

type Done = "corrected" | "given" | "withdrawn";
const refused = (errors: Partial<Record<string, string>>) => data({ done: null, errors }, 400);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const done = (what: Done) => ({ done: what, errors: {} as Partial<Record<string, string>> });
  if (intent === "give" || intent === "withdraw") {
    const form = parseFormData(formData, ConsentKindSchema);
    if (!form.ok) return refused(form.errors);
    const change = { userId: user.id, kind: form.data.kind, via: "SELF" as const, actorId: user.id };
    if (intent === "give") await giveConsent(change);
    else await withdrawConsent(change);
    forgetSponsoredTiles(); // a producer tile names them: this process shows the change at once
    return done(intent === "give" ? "given" : "withdrawn");
  }
  if (intent === "correct") {
    const form = parseFormData(formData, CorrectDataSchema);
    if (!form.ok) return refused(form.errors);
    await correctPersonalData(user.id, form.data);
    return done("corrected");
  }
  if (intent === "delete") {
    const form = parseFormData(formData, DeleteAccountSchema);
    if (!form.ok) return refused(form.errors);
    if (!(await passwordMatches(user.id, form.data.password))) return refused({ password: "passwordWrong" });
    const result = await deleteAccount(user.id);
    if (!result.ok) return refused({ form: "blocked" });
    throw redirect("/?deleted=1", {
      headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) },
    });
  }
  throw new Response("unknown intent", { status: 400, statusText: "Bad Request" });
}

export default function MyData() {
  const { held, consents, blockers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors = actionData?.errors ?? {};
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("account.data.title")}</h1>
      <p>{t("account.data.intro")}</p>
      {actionData?.done ? <Notice>{t(`account.data.${actionData.done}`)}</Notice> : null}
      <HeldSection held={held} />
      <CorrectSection held={held} errors={errors} />
      <ConsentsSection consents={consents} />
      <DeleteSection blockers={blockers} errors={errors} />
    </div>
  );
}
