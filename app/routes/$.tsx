// Any URL no route claims: a 404 page in the reader's language.
import type { MetaFunction } from "@remix-run/node";
import { notFound } from "~/platform/http-errors";
import { ErrorPage } from "~/ui/error-page";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("errors.notFoundTitle") }));

export async function loader() {
  throw notFound();
}

export default function NotFound() {
  return <ErrorPage status={404} />;
}

export function ErrorBoundary() {
  return <ErrorPage status={404} />;
}
