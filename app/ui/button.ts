// The look of buttons (and links that act as buttons), in one place.
export const buttonClass = "bg-brand-700 rounded-md px-4 py-2 font-semibold text-white disabled:opacity-70";
export const secondaryButtonClass = "rounded-md border border-stone-400 bg-white px-3 py-1";
export const dangerButtonClass = "rounded-md border border-red-700 bg-white px-3 py-1 font-medium text-red-800";
