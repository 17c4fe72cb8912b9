/** Shared table and action styles of the find and bulk-send lists (plain strings, usable on the server). */
export const tableClass = "min-w-full divide-y divide-slate-200 text-sm";
export const captionClass = "px-4 py-3 text-left text-base font-semibold text-brand-900";
export const headClass = "bg-slate-100 text-left text-slate-700";
export const thClass = "px-3 py-2 font-semibold";
export const tdClass = "px-3 py-2 align-top";
export const actionLink = "inline-flex items-center rounded border border-brand-600 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50";
