'use client';
// "Verdicts over time": criteria sets by runs (oldest -> newest), GO / CONDITIONAL / NO-GO per run,
// and under each set which criterion was met at which run. Headers and cells select a run (?run=ID).
// A client component: the server sends the matrix as data (a few bytes a cell) instead of its
// thousands of rendered cells, and the HTML is rendered once.
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { VerdictBadge } from '@/components/criteria/verdict-badge';
import { formatUsers } from '@/lib/domain/report/metric-format';
import type { MatrixCell, VerdictMatrix as Matrix } from '@/lib/view/criteria/verdict-matrix';

const runHref = (runId: string, anchor = '') => `?run=${encodeURIComponent(runId)}${anchor}`;

/** As MetMark (components/criteria/verdict-badge), with its colour and tooltip on the cell itself:
 *  a page has 1,500 of these cells, and their markup is most of its size. */
const MET_CELL = {
  met: { mark: '✓', className: 'text-ok', words: 'met' },
  failed: { mark: '✗', className: 'text-bad', words: 'not met' },
  unknown: { mark: '—', className: 'text-slate-400', words: 'not evaluable' },
  'out-of-scope': { mark: '·', className: 'text-slate-300', words: 'not judged: the set does not apply to this run' },
} as const satisfies Record<MatrixCell, { mark: string; className: string; words: string }>;

/** `prefetch={false}` on shared links: every load of one counts a view. */
export function VerdictMatrix({
  matrix,
  selectedRunId,
  prefetch = true,
}: {
  matrix: Matrix;
  selectedRunId: string | null;
  prefetch?: boolean;
}) {
  const selected = (runId: string) => (runId === selectedRunId ? 'bg-brand-50/70' : '');
  const scroller = useRef<HTMLDivElement>(null);
  // Runs go oldest -> newest, so the selected run (by default the newest) is often past the right
  // edge: scroll it into view, horizontally only.
  useEffect(() => {
    const box = scroller.current;
    const column = box?.querySelector<HTMLElement>('th[aria-current="true"]');
    if (!box || !column) return;
    const right = column.offsetLeft + column.offsetWidth;
    if (right > box.scrollLeft + box.clientWidth) box.scrollLeft = right - box.clientWidth + 16;
  }, [selectedRunId]);
  return (
    <div ref={scroller} className="overflow-x-auto">
      <table className="w-full border-separate border-spacing-0 text-sm [&_td]:px-3 [&_td]:text-center">
        <thead>
          <tr>
            <th
              scope="col"
              className={[
                'sticky left-0 z-10 min-w-48 border-b border-slate-200 bg-white py-2 pr-4 text-left',
                'text-xs font-medium tracking-wide text-slate-500 uppercase sm:min-w-64',
              ].join(' ')}
            >
              Criteria set
            </th>
            {matrix.columns.map((col) => (
              <th
                key={col.runId}
                scope="col"
                className={[
                  'border-b border-slate-200 px-3 py-2 text-center align-bottom font-medium',
                  selected(col.runId),
                ].join(' ')}
                aria-current={col.runId === selectedRunId ? 'true' : undefined}
              >
                <Link
                  href={runHref(col.runId)}
                  scroll={false}
                  prefetch={prefetch ? undefined : false}
                  className="block text-slate-800 hover:text-brand-700 hover:underline"
                >
                  {col.label}
                </Link>
                {col.label !== formatUsers(col.userCount) && (
                  <span className="block text-xs font-normal text-slate-500">{formatUsers(col.userCount)}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        {matrix.rows.map((row) => (
          <tbody key={row.setId}>
            <tr>
              <th
                scope="row"
                className={[
                  'sticky left-0 z-10 border-t border-slate-200 bg-white py-2',
                  'pr-4 text-left font-semibold text-slate-900',
                ].join(' ')}
              >
                <a href={`#set-${row.setId}`} className="hover:text-brand-700 hover:underline">
                  {row.name}
                </a>
                {row.appliesTo && (
                  <span className="block text-xs font-normal text-slate-500">Applies to: {row.appliesTo}</span>
                )}
              </th>
              {row.verdicts.map((v, i) => {
                const runId = matrix.columns[i]!.runId;
                return (
                  <td key={runId} className={`border-t border-slate-200 py-2 ${selected(runId)}`}>
                    {v ? (
                      <Link
                        href={runHref(runId, `#set-${row.setId}`)}
                        prefetch={prefetch ? undefined : false}
                        aria-label={`${row.name} on ${matrix.columns[i]!.label}: ${v}`}
                      >
                        <VerdictBadge verdict={v} />
                      </Link>
                    ) : row.outOfScope?.[i] ? (
                      <span className="text-xs text-slate-400" title={row.outOfScope[i]}>
                        <span aria-hidden>n/a</span>
                        <span className="sr-only">{row.outOfScope[i]}</span>
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
            {row.criteria.map((c) => (
              <tr key={c.id} className="text-xs font-semibold [&>td]:py-1">
                <th
                  scope="row"
                  className="sticky left-0 z-10 bg-white py-1 pr-4 pl-4 text-left text-xs font-normal text-slate-600"
                >
                  {c.text}
                  {c.severity === 'should' && <span className="ml-1 text-slate-400">(should)</span>}
                </th>
                {c.cells.map((state, i) => {
                  const m = MET_CELL[state];
                  return (
                    <td
                      key={matrix.columns[i]!.runId}
                      className={`${m.className} ${selected(matrix.columns[i]!.runId)}`}
                      title={m.words}
                    >
                      <span aria-hidden>{m.mark}</span>
                      <span className="sr-only">{m.words}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
