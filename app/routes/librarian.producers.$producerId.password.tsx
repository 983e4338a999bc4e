// Issue 16: a librarian resets the password of a producer of their library in
// person: a one-time code to hand over, a new password forced at the next
// log-in, audited (accounts/in-person-reset.server.ts).
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { IN_PERSON_CODE_DAYS, requireProducerToReset, resetPasswordInPerson } from "~/accounts/in-person-reset.server";
import { readForm } from "~/platform/form.server";
import { badRequest } from "~/platform/http-errors";
import { dangerButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: t("accountTrust.inPerson.title", { producer: data?.businessName ?? "" }) }));

// The code is in the answer to the post: never cached, never in another site's Referer.
export const headers = () => ({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { producer, library } = await requireProducerToReset(request, params.producerId);
  return {
    businessName: producer.businessName,
    name: producer.user.name,
    login: producer.user.loginPhone ?? producer.user.email ?? "",
    library: library.slug,
    days: IN_PERSON_CODE_DAYS,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, producer } = await requireProducerToReset(request, params.producerId);
  // The button names what it does: a post without it (a stray or forged form) changes nothing.
  if ((await readForm(request)).get("intent") !== "reset") throw badRequest();
  return { code: await resetPasswordInPerson(user, producer) };
}

export default function InPersonPasswordReset() {
  const { businessName, name, login, library, days } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="max-w-2xl space-y-4">
      <p>
        <Link to={`/librarian/producers?library=${encodeURIComponent(library)}`} className="underline">
          {t("accountTrust.inPerson.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("accountTrust.inPerson.title", { producer: businessName })}</h1>
      <p>{t("accountTrust.inPerson.account", { name, login })}</p>
      {actionData?.code ? (
        <section aria-labelledby="code-heading" className="space-y-2 rounded-md border border-stone-300 p-4">
          <h2 id="code-heading" className="text-lg font-semibold">
            {t("accountTrust.inPerson.codeHeading")}
          </h2>
          <p className="font-mono text-3xl tracking-widest" data-testid="one-time-code">
            {actionData.code}
          </p>
          <p>{t("accountTrust.inPerson.codeIntro", { name, login })}</p>
        </section>
      ) : (
        <Form method="post" className="space-y-3">
          <CsrfInput />
          <p className="text-stone-700">{t("accountTrust.inPerson.intro")}</p>
          <p className="text-stone-700">{t("accountTrust.inPerson.effects", { days })}</p>
          <button type="submit" name="intent" value="reset" className={dangerButtonClass}>
            {t("accountTrust.inPerson.submit")}
          </button>
        </Form>
      )}
    </div>
  );
}
