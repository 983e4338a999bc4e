// Labelled form controls: the label, the hint and the error are tied to the
// control for screen readers, and the error shows next to the field.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Labelled = {
  name: string;
  label: string;
  hint?: string;
  /** Already translated. */
  error?: string;
  id?: string;
  className?: string;
};

const controlClass = "mt-1 w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-[invalid]:border-red-700";

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldFrame({
  id,
  label,
  hint,
  error,
  className = "",
  children,
}: Omit<Labelled, "name"> & { id: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const controlProps = (id: string, name: string, hint?: string, error?: string) => ({
  id,
  name,
  "aria-invalid": error ? true : undefined,
  "aria-describedby": describedBy(id, hint, error),
  className: controlClass,
});

export function Field({
  name,
  label,
  hint,
  error,
  id = name,
  className,
  ...input
}: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input {...controlProps(id, name, hint, error)} {...input} />
    </FieldFrame>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  error,
  id = name,
  className,
  ...textarea
}: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea rows={4} {...controlProps(id, name, hint, error)} {...textarea} />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  id = name,
  className,
  children,
  ...select
}: Labelled & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select {...controlProps(id, name, hint, error)} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}
