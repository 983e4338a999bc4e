// The top of every page about one listing, the producer's and the librarian's
// alike: the way back (a plain link, first, for keyboard and screen-reader
// users) and the page's heading.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export function ListingPageHeader({
  back,
  title,
  children,
}: {
  back: { to: string; label: string };
  title: string;
  /** Lines under the heading (the listing's name, its state). */
  children?: ReactNode;
}) {
  return (
    <>
      <p className="text-sm">
        <Link to={back.to} className="underline">
          {back.label}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </>
  );
}
