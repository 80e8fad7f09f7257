// Form classes shared by the criteria editor and the sign-off form (as in components/run/edit-run-dialog.tsx).
export const FIELD = 'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100';
/** No width: each use sets its own (w-full, w-20…), as two width classes would fight. */
export const SMALL_FIELD = 'block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-bad';
export const LABEL = 'text-sm font-medium text-slate-700';
export const SMALL_LABEL = 'mb-0.5 block text-xs font-medium text-slate-500';
