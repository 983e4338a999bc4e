// The two messages a page shows above its content: a confirmation after a
// saved form (`Notice`, a polite status line: the page is reached by a
// redirect) and a refusal (`Alert`, announced at once). Children are already
// translated.
import type { ReactNode } from "react";

export function Notice({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <p role="status" className={`rounded-md border border-green-700 bg-green-50 p-3 text-green-900 ${className}`}>
      {children}
    </p>
  );
}

export function Alert({ children, id, className = "" }: { children: ReactNode; id?: string; className?: string }) {
  return (
    <div
      id={id}
      role="alert"
      className={`rounded-md border border-red-700 bg-red-50 p-3 font-medium text-red-900 ${className}`}
    >
      {children}
    </div>
  );
}
