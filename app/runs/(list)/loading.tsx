/** Skeleton of the runs list while the server reads the page. */
export default function RunsLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading runs">
      <div className="space-y-2">
        <div className="h-7 w-24 animate-pulse rounded-md bg-slate-200" />
        <div className="h-4 w-80 animate-pulse rounded bg-slate-200" />
      </div>
      <div className="flex gap-3">
        <div className="h-9 w-44 animate-pulse rounded-lg bg-slate-200" />
        <div className="h-9 w-44 animate-pulse rounded-lg bg-slate-200" />
      </div>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="h-10 border-b border-slate-200 bg-slate-50" />
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex items-center gap-6 border-b border-slate-100 px-4 py-3 last:border-0">
            <div className="h-4 w-4 rounded bg-slate-200" />
            <div className="h-4 w-40 animate-pulse rounded bg-slate-200" />
            <div className="h-4 w-28 animate-pulse rounded bg-slate-100" />
            <div className="ml-auto h-4 w-96 animate-pulse rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
