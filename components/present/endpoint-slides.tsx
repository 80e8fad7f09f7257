// The worst endpoints and the failures of a comparison, as projector tables (a few rows, large type).
import type { FailureDiffStatus } from '@/lib/domain/analysis/failure-analysis';
import { DIFF_STATUS_WORDS, diffStatusTone } from '@/lib/view/compare/failure-messages';
import type { CompareModel } from '@/lib/view/compare/model';
import { formatCount } from '@/lib/domain/format/format';
import { GROWTH_TEXT } from '@/components/compare/status-badge';
import { endpointChangeTable, headRunNames } from '@/lib/view/present/endpoint-changes';
import { FAILURE_WEIGHT } from '@/lib/view/present/slides';
import { TD, TH } from './slide-parts';

const DIFF_MARK: Record<FailureDiffStatus, string> = {
  new: 'bg-bad text-white',
  grown: 'bg-warn text-white',
  shrunk: 'bg-ok text-white',
  resolved: 'bg-ok text-white',
  same: 'bg-slate-200 text-slate-800',
  'not-comparable': 'bg-slate-200 text-slate-800',
};

function DiffMark({ status }: { status: FailureDiffStatus | null }) {
  if (status === null) return <span className="text-base text-slate-600">other run</span>;
  return (
    <span
      className={`rounded px-2 py-0.5 text-base font-bold uppercase ${DIFF_MARK[status]}`}
      title={DIFF_STATUS_WORDS[status]}
    >
      {status}
    </span>
  );
}

function Method({ method, name }: { method: string | null; name: string }) {
  return (
    <span className="block truncate" title={method ? `${method} ${name}` : name}>
      {method && <span className="mr-2 font-mono text-base text-slate-600">{method}</span>}
      <span className="text-lg font-medium text-slate-950">{name}</span>
    </span>
  );
}

/** `indices` into model.endpoints (lib/view/present/slides worstEndpoints), worst first. */
export function WorstEndpointsSlide({ model, indices }: { model: CompareModel; indices: number[] }) {
  const { rows, headers, baselineName, targetName } = endpointChangeTable(model, indices);
  return (
    <div className="space-y-3">
      <p className="text-lg text-slate-700">
        The {rows.length} endpoints that got most worse from {baselineName} to {targetName}: by P95 growth, or
        failure-rate growth (1 point counts as +{FAILURE_WEIGHT}% P95).
      </p>
      <table className="w-full table-fixed border-collapse text-left" aria-label="Worst endpoints">
        <colgroup>
          <col />
          <col className="w-[11%]" />
          <col className="w-[11%]" />
          <col className="w-[10%]" />
          <col className="w-[19%]" />
          <col className="w-[11%]" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={TH}>
              Endpoint
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {headers.p95Baseline}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {headers.p95Target}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Change
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Failures
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Change
            </th>
          </tr>
        </thead>
        <tbody className="num">
          {rows.map((row) => {
            const [p95Tone, rateTone] = [GROWTH_TEXT[row.p95Change.tone], GROWTH_TEXT[row.failureRateChange.tone]];
            return (
              <tr key={row.id}>
                <th scope="row" className={`${TD} font-normal`}>
                  <Method method={row.method} name={row.name} />
                </th>
                <td className={`${TD} text-right text-lg whitespace-nowrap text-slate-800`}>{row.p95Baseline}</td>
                <td className={`${TD} text-right text-xl font-semibold whitespace-nowrap text-slate-950`}>
                  {row.p95Target}
                </td>
                <td className={`${TD} text-right text-xl font-bold whitespace-nowrap ${p95Tone}`}>
                  {row.p95Change.text}
                </td>
                <td className={`${TD} text-right text-lg whitespace-nowrap text-slate-800`}>
                  {row.failureRates}
                  {row.newFailures && (
                    <span className="ml-2 rounded bg-bad px-1.5 align-middle text-sm font-bold text-white uppercase">
                      new
                    </span>
                  )}
                </td>
                <td className={`${TD} text-right text-lg font-semibold whitespace-nowrap ${rateTone}`}>
                  {row.failureRateChange.text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** `ids`: FailureDiffRow ids to show (lib/view/present/slides topFailureRows); then where each run's failures are. */
export function FailuresSlide({ model, ids }: { model: CompareModel; ids: string[] }) {
  const { baselineIndex: b, targetIndex: t } = model.head;
  const rows = ids.flatMap((id) => model.failureDiffs.filter((r) => r.id === id));
  const failures = model.headline.find((r) => r.metric === 'failures');
  const { baseline: base, target } = headRunNames(model);
  return (
    <div className="space-y-4">
      {failures && (
        <p className="text-2xl text-slate-800">
          <span className="num font-semibold text-slate-950">{failures.values[b]}</span> failures in {base},{' '}
          <span className="num font-semibold text-slate-950">{failures.values[t]}</span> in {target}
          <span className="num text-slate-600">
            {' '}
            ({failures.change} in count; {failures.reason})
          </span>
          {model.failureDiffs.length > rows.length && (
            <span className="text-lg text-slate-600">
              {' '}
              · {rows.length} of {model.failureDiffs.length} messages shown, new and grown first
            </span>
          )}
        </p>
      )}
      {rows.length > 0 && (
        <table className="w-full table-fixed border-collapse text-left" aria-label="Failure messages">
          <colgroup>
            <col className="w-[9%]" />
            <col className="w-[33%]" />
            <col />
            <col className="w-[9%]" />
            <col className="w-[8%]" />
            <col className="w-[8%]" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={TH}>
                Endpoint
              </th>
              <th scope="col" className={TH}>
                Error
              </th>
              <th scope="col" className={`${TH} text-right`} title={base}>
                Baseline
              </th>
              <th scope="col" className={`${TH} text-right`} title={target}>
                Target
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="align-top">
                <td className={TD}>
                  <DiffMark status={r.status} />
                </td>
                <td className={TD}>
                  <Method method={r.method} name={r.name} />
                </td>
                <td className={TD}>
                  <span
                    className="line-clamp-2 font-mono text-sm leading-snug [overflow-wrap:anywhere] text-bad"
                    title={`${r.kind}: ${r.example}`}
                  >
                    {r.example}
                  </span>
                </td>
                <td className={`${TD} num text-right text-xl`}>{formatCount(r.occurrences[b])}</td>
                <td className={`${TD} num text-right text-xl font-semibold`}>{formatCount(r.occurrences[t])}</td>
                <td className={`${TD} num text-right text-xl font-semibold ${GROWTH_TEXT[diffStatusTone(r.status)]}`}>
                  {r.changeText}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="space-y-1 text-lg" aria-label="Where the failures are">
        {[b, t]
          .flatMap((i) => model.concentration.filter((c) => c.run === i && c.verdict !== 'none'))
          .map((c) => (
            <li key={c.run}>
              <span className="font-semibold text-slate-900">{model.runs[c.run]?.name}:</span>{' '}
              <span className="font-semibold">{c.label}</span>
              <span className="text-slate-700">
                {' '}
                — {c.evidence}
                {c.meaning && ` (${c.meaning})`}
              </span>
            </li>
          ))}
      </ul>
    </div>
  );
}
