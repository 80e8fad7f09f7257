// Shared classes of the roadmap forms (the look of components/run/edit-run-dialog).
export const FIELD =
  'mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100';
export const LABEL = 'text-sm font-medium text-slate-700';
/** Small square buttons of the row controls (↑ ↓ ✎ ✕). */
export const ICON_BUTTON =
  'inline-flex h-7 min-w-7 items-center justify-center rounded-md px-1.5 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent';
