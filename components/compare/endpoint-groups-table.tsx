import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import type { GroupCell, GroupRow } from '@/lib/view/compare/groups';
import type { RunInfo } from '@/lib/view/compare/model';
import { AddGroupForm } from './add-group-form';
import { RunSwatch } from './run-swatch';

type Metric = {
  key: keyof GroupCell & ('requests' | 'failureRate' | 'avg' | 'maxEndpointP95');
  label: ReactNode;
  title: string;
};

const METRICS: Metric[] = [
  { key: 'requests', label: 'Requests', title: 'Requests in the group, summed over its endpoints' },
  {
    key: 'failureRate',
    label: 'Failure rate',
    title: 'Failures / requests of the group; the change is tested (two-proportion or Fisher exact test)',
  },
  { key: 'avg', label: 'Average', title: 'Exact: the request-weighted mean of the endpoint averages' },
  {
    key: 'maxEndpointP95',
    label: (
      <>
        Max endpoint P95 <span className="font-normal tracking-normal normal-case">(upper bound)</span>
      </>
    ),
    title:
      'The largest endpoint P95 in the group: an upper bound of the group’s P95, not the P95 itself ' +
      '(percentiles cannot be merged)',
  },
];

const TH =
  'border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600';

/** Endpoint groups (ids folded, automatic or user-defined) per run: counts, failure rate, exact average,
 *  P95 upper bound.
 *  `readOnly` (shared link): the groups are frozen, no form to add one. */
export function EndpointGroupsTable({
  groups,
  runs,
  baseline,
  target,
  pageHref,
  readOnly = false,
}: {
  groups: GroupRow[];
  runs: RunInfo[];
  baseline: number;
  target: number;
  pageHref: string;
  readOnly?: boolean;
}) {
  const tName = runs[target]?.name ?? 'the target';
  return (
    <Card
      title={`Endpoint groups (${groups.length})`}
      actions={<span className="text-xs text-slate-500">ids folded into [id]; change = {tName} vs baseline</span>}
    >
      {!readOnly && (
        <div className="mb-4">
          <AddGroupForm pageHref={pageHref} />
        </div>
      )}
      {groups.length < 2 ? (
        <p className="text-sm text-slate-600">
          {groups.length === 0
            ? 'No endpoints to group.'
            : `Every endpoint falls into one group (${groups[0]!.name}): the headline figures already describe it.`}
        </p>
      ) : (
        <div className="space-y-3">
          <div
            className="relative overflow-x-auto rounded-lg border border-slate-200"
            role="region"
            aria-label="Endpoint groups"
            tabIndex={0}
          >
            <table className="w-full border-separate border-spacing-0 text-sm" aria-label="Endpoint groups per run">
              <thead>
                <tr>
                  <th
                    scope="col"
                    rowSpan={2}
                    className={`${TH} sticky left-0 z-10 min-w-44 border-r text-left align-bottom`}
                  >
                    Group
                  </th>
                  {METRICS.map((m) => (
                    <th
                      key={m.key}
                      scope="colgroup"
                      colSpan={runs.length}
                      title={m.title}
                      className={[
                        TH,
                        'border-l border-l-slate-200 text-center',
                        m.key === 'maxEndpointP95' ? 'text-amber-800' : '',
                      ].join(' ')}
                    >
                      {m.label}
                    </th>
                  ))}
                </tr>
                <tr>
                  {METRICS.map((m) =>
                    runs.map((run, i) => (
                      <th
                        key={`${m.key}${i}`}
                        scope="col"
                        className={[
                          TH,
                          'text-right font-medium tracking-normal whitespace-nowrap normal-case',
                          i === 0 ? 'border-l border-l-slate-200' : '',
                        ].join(' ')}
                        title={`${run.name} (${run.role})`}
                      >
                        <span className="inline-flex max-w-32 items-center gap-1">
                          <RunSwatch color={run.color} />
                          <span className="truncate">{run.name}</span>
                        </span>
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={`${g.source}:${g.name}`} className="group" data-group={g.name}>
                    <th
                      scope="row"
                      className={[
                        'sticky left-0 z-10 border-r border-b border-slate-100 border-r-slate-200 bg-white px-3',
                        'py-2 text-left align-top font-medium text-slate-900 group-hover:bg-slate-50',
                      ].join(' ')}
                    >
                      <span className="block font-mono text-[13px]">{g.name}</span>
                      <span className="block text-[11px] font-normal text-slate-500">
                        {g.endpoints === 1 ? '1 endpoint' : `${g.endpoints} endpoints`}
                        {g.source === 'user' && (
                          <span className="ml-1 rounded bg-brand-50 px-1 text-brand-700">your group</span>
                        )}
                      </span>
                    </th>
                    {METRICS.map((m) =>
                      runs.map((_, i) => (
                        <td
                          key={`${m.key}${i}`}
                          className={[
                            'num border-b border-slate-100 px-3 py-2 text-right',
                            'align-top whitespace-nowrap group-hover:bg-slate-50',
                            i === 0 ? 'border-l border-l-slate-200' : '',
                          ].join(' ')}
                        >
                          <Cell
                            row={g}
                            cell={g.cells[i] ?? null}
                            metric={m.key}
                            isTarget={i === target}
                            isBaseline={i === baseline}
                          />
                        </td>
                      )),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-xs text-slate-500">
            Averages are exact (the request-weighted mean of the endpoint averages).{' '}
            <span className="font-medium text-amber-800">Max endpoint P95 is an upper bound</span>, not the group’s P95:
            at most 5% of each endpoint’s requests are above its own P95, so at most 5% of the group’s are above the
            largest of them. Under the target’s figures: its change against the baseline; under its failure rate, the
            p-value of that change.
          </p>
        </div>
      )}
    </Card>
  );
}

function Cell({
  row,
  cell,
  metric,
  isTarget,
  isBaseline,
}: {
  row: GroupRow;
  cell: GroupCell | null;
  metric: Metric['key'];
  isTarget: boolean;
  isBaseline: boolean;
}) {
  if (!cell)
    return (
      <span className="text-slate-400" title="No endpoint of this group in this run">
        —
      </span>
    );
  const value =
    metric === 'failureRate' ? (
      <span className={cell.failing ? 'font-medium text-bad' : 'text-slate-500'} title={`${cell.failures} failed`}>
        {cell.failureRate}
      </span>
    ) : (
      <span className="text-slate-900">{cell[metric]}</span>
    );
  if (!isTarget || isBaseline) return value;
  const change = row.changes[metric];
  const worse = metric === 'requests' ? false : row.worse[metric];
  return (
    <span className="block leading-tight">
      <span className="block">{value}</span>
      <span className={`block text-[11px] ${worse ? 'font-medium text-bad' : 'text-slate-500'}`}>{change}</span>
      {metric === 'failureRate' && row.pValue && (
        <span
          className={`block text-[11px] ${row.significant ? 'font-semibold text-bad' : 'text-slate-400'}`}
          title={row.significant ? 'Significant at the 5% level' : 'Not significant at the 5% level'}
        >
          {row.pValue}
        </span>
      )}
    </span>
  );
}
