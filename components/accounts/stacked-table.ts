// The look of the accounts page's tables: a table from 640 px (sm) up; narrower, each row a block of
// labelled lines (`label`: the column's name, shown only there), so nothing scrolls sideways on a phone.
export const STACKED = {
  /** min-w-*: the table's width from sm up, below which it scrolls sideways. */
  table: 'w-full text-sm',
  thead: 'border-b border-slate-200 max-sm:hidden',
  th: 'px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500',
  tbody: 'divide-y divide-slate-100 max-sm:block',
  tr: 'max-sm:block max-sm:py-3',
  td: 'px-3 py-2.5 max-sm:flex max-sm:items-start max-sm:gap-2 max-sm:px-0 max-sm:py-1',
  label: 'w-24 shrink-0 pt-0.5 text-xs text-slate-500 sm:hidden',
} as const;
