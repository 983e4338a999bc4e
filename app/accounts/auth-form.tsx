// The frame of the log-in and sign-up pages: the title, the form (CSRF token,
// where to go afterwards, one full-width submit button) and the links to the
// other ways in.
import { Form, Link, useNavigation, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";

export function AuthForm({
  title,
  submitLabel,
  children,
  links,
}: {
  title: string;
  submitLabel: string;
  /** The fields (and a refusal above them). */
  children: ReactNode;
  /** "No account yet? Sign up": prompt, target and link text, already translated. */
  links: { prompt: string; to: string; label: string }[];
}) {
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{title}</h1>
      <Form method="post" className="mt-6 space-y-4" noValidate>
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        {children}
        <button type="submit" disabled={navigation.state === "submitting"} className={`${buttonClass} w-full`}>
          {submitLabel}
        </button>
      </Form>
      {links.map((link, index) => (
        <p key={link.to} className={`${index === 0 ? "mt-4" : "mt-2"} text-sm`}>
          {link.prompt}{" "}
          <Link to={link.to} className="underline">
            {link.label}
          </Link>
        </p>
      ))}
    </div>
  );
}
