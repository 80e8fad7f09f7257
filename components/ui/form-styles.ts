// The look of every form field (first drawn in the edit-run dialog): one source for the inputs,
// selects and textareas of the run, criteria, roadmap, sign-in, token and meeting-notes forms.
// bg-white is the card surface in both themes (app/theme.css), so a select is never transparent.

/** A text input, select or textarea, full width, with no margin. */
export const INPUT =
  'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm ' +
  'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100';
/** INPUT under its label. */
export const FIELD = `mt-1 ${INPUT}`;
export const LABEL = 'text-sm font-medium text-slate-700';
/** Table-row fields; no width: each use sets its own (w-full, w-20…), as two width classes would fight. */
export const SMALL_FIELD =
  'block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-500 ' +
  'focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-bad';
/** A field of a toolbar or a one-line form; no width: each use sets its own. */
export const COMPACT_FIELD =
  'rounded-lg border border-slate-300 px-2.5 py-1.5 text-sm shadow-sm ' +
  'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100';
/** A full-width search box with room for a magnifier icon at its left (pl-8). */
export const SEARCH_INPUT =
  'w-full rounded-lg border border-slate-300 py-2 pr-3 pl-8 text-sm shadow-sm ' +
  'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100';
/** An option of a segmented control (radio buttons on a slate track), its padding aside: the chosen one raised. */
export const segmentOption = (chosen: boolean) =>
  chosen ? 'bg-white font-medium text-slate-900 shadow-sm' : 'text-slate-500 hover:text-slate-800';
export const SMALL_LABEL = 'mb-0.5 block text-xs font-medium text-slate-500';
/** Small square buttons of row controls (↑ ↓ ✎ ✕). */
export const ICON_BUTTON =
  'inline-flex h-7 min-w-7 items-center justify-center rounded-md px-1.5 text-sm text-slate-600 hover:bg-slate-100 ' +
  'hover:text-slate-900 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 ' +
  'disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent';
