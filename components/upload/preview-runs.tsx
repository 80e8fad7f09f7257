import { formatCount, formatDuration, formatMs, formatPercent } from '@/lib/domain/format/format';
import { asSentence } from '@/lib/view/upload/preview-describe';
import type { PreviewRun, PreviewWarning } from '@/lib/view/upload/preview-model';

/** The runs the selection forms, under the labels they will be saved with. */
export function PreviewRuns({ runs, labels }: { runs: PreviewRun[]; labels: string[] }) {
  const num = 'num whitespace-nowrap px-3 py-2 text-right';
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-[13px] whitespace-nowrap text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 text-left font-medium">
              Saved as
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Users
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Duration
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Requests
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Failure %
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              p95
            </th>
            <th scope="col" className="px-3 py-2 pr-4 text-left font-medium">
              Locust
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {runs.map((run, i) => (
            <tr key={run.key} className="align-top">
              <th scope="row" className="px-4 py-2 text-left font-medium text-slate-900">
                {labels[i]}
                <div className="text-xs font-normal text-slate-500">
                  {run.fileNames.length} {run.fileNames.length === 1 ? 'file' : 'files'}
                  {run.startTime && ` · started ${run.startTime.replace('T', ' ').replace(/:\d\dZ$/, ' UTC')}`}
                  {run.host && ` · ${run.host}`}
                </div>
              </th>
              <td className={num}>{formatCount(run.userCount)}</td>
              <td className={num}>{formatDuration(run.durationS)}</td>
              <td className={num}>{formatCount(run.requests)}</td>
              <td className={`${num} ${run.failures > 0 ? 'text-bad' : 'text-slate-500'}`}>
                {formatPercent(run.failureRate)}
              </td>
              <td className={num}>{formatMs(run.p95Ms)}</td>
              <td className="px-3 py-2 pr-4 whitespace-nowrap text-slate-700">{run.locustVersion ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Notes from the import: different runs mixed, lossy formats, trailing CSVs. */
export function PreviewWarnings({
  warnings,
  runs,
  labels,
}: {
  warnings: PreviewWarning[];
  runs: PreviewRun[];
  labels: string[];
}) {
  if (warnings.length === 0) return null;
  const labelOf = new Map(runs.map((r, i) => [r.key, labels[i] ?? r.label]));
  // Name the run when only some of several runs are concerned.
  const about = (w: PreviewWarning) =>
    runs.length > 1 && w.runKeys.length < runs.length ? w.runKeys.map((k) => labelOf.get(k) ?? k).join(', ') : null;
  return (
    <div className="border-t border-amber-200 bg-amber-50 px-4 py-3">
      <h3 className="flex items-center gap-2 text-sm font-semibold text-warn">
        <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path
            fillRule="evenodd"
            d={
              'M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72' +
              'c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495z' +
              'M10 6a.75.75 0 01.75.75v3.5a.75.75 0 01-1.5 0v-3.5A.75.75 0 0110 6zm0 9a1 1 0 100-2 1 1 0 000 2z'
            }
            clipRule="evenodd"
          />
        </svg>
        {warnings.length === 1 ? 'Worth knowing' : `${warnings.length} things worth knowing`}
      </h3>
      <ul className="mt-1.5 list-disc space-y-1 pl-9 text-sm text-amber-900">
        {warnings.map((w) => (
          <li key={w.message}>
            {about(w) && <span className="font-medium">{about(w)}: </span>}
            {asSentence(w.message, !about(w))}
          </li>
        ))}
      </ul>
    </div>
  );
}
