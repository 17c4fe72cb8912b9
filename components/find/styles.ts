/** Shared table and action styles of the find and bulk-send lists (plain strings, usable on the server). */
export const tableClass = "min-w-full divide-y divide-slate-200 text-sm";
export const captionClass = "px-4 py-3 text-left text-base font-semibold text-brand-900";
export const headClass = "bg-slate-100 text-left text-slate-700";
export const thClass = "px-3 py-2 font-semibold";
export const tdClass = "px-3 py-2 align-top max-sm:col-start-2 max-sm:py-0.5";
/**
 * Under 640 px a row is a card: the select box in a narrow first column, the cells stacked beside
 * it (the header row keeps only "select all"), so nothing scrolls sideways on a phone.
 */
export const rowClass = "hover:bg-slate-50 max-sm:grid max-sm:grid-cols-[2.75rem_minmax(0,1fr)] max-sm:py-2";
/** The row's own link: what the row is (patient or reference), opening it. */
export const rowLinkClass = "text-brand-700 underline underline-offset-2 hover:decoration-2";
export const actionLink = "inline-flex items-center rounded border border-brand-600 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50";
