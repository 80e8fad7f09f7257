// The first two slides of a comparison: the verdict in sentences, then the headline figures.
import { TONE_TEXT } from '@/components/compare/status-badge';
import { RunSwatch } from '@/components/compare/run-swatch';
import { formatUsers } from '@/lib/compare-view/format';
import type { HeadlineRow } from '@/lib/compare-view/headline';
import type { CompareModel, RunInfo } from '@/lib/compare-view/model';
import { RunChips, StatusMark, TH } from './slide-parts';

export function VerdictSlide({ model }: { model: CompareModel }) {
  const { verdict, runs, stepped } = model;
  return (
    <div className="flex h-full flex-col justify-center gap-8" data-status={verdict.status}>
      <div className="flex flex-wrap items-center gap-4">
        <StatusMark status={verdict.status} large />
        <RunChips runs={runs} />
      </div>
      <p className="max-w-[60ch] text-5xl font-semibold leading-tight tracking-tight text-slate-950" data-testid="verdict-headline">{verdict.headline}</p>
      <ul className="max-w-[70ch] list-disc space-y-2 pl-8 text-2xl leading-snug text-slate-800">
        {verdict.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      {runs.length > 2 && (
        <p className="text-lg text-slate-600">
          Changes compare {verdict.targetName} (the last {stepped ? 'step' : 'run'}) with the baseline {verdict.baselineName}.
        </p>
      )}
    </div>
  );
}

/** Runs shown as columns: all of them up to four, else the baseline and the target. */
export function shownRuns(runs: RunInfo[], baseline: number, target: number): number[] {
  return runs.length <= 4 ? runs.map((_, i) => i) : [baseline, target];
}

function changeClass(row: HeadlineRow): string {
  if (row.changeTone === 'worse') return row.status === 'critical' ? 'text-bad' : row.status === 'warning' ? 'text-warn' : 'text-slate-800';
  return TONE_TEXT[row.changeTone];
}

export function HeadlineSlide({ model }: { model: CompareModel }) {
  const { runs, headline, head } = model;
  const cols = shownRuns(runs, head.baselineIndex, head.targetIndex);
  const th = `${TH} py-1.5 align-bottom`;
  const td = 'border-b border-slate-200 px-3 py-1';
  return (
    <table className="w-full table-fixed border-collapse text-left" aria-label="Headline figures per run">
      <colgroup>
        <col className="w-[12%]" />
        {cols.map((i) => <col key={i} className={cols.length > 2 ? 'w-[11%]' : 'w-[13%]'} />)}
        <col className="w-[11%]" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={th}>Metric</th>
          {cols.map((i) => (
            <th key={i} scope="col" className="border-b-2 border-slate-300 px-3 py-1.5 text-right align-bottom" title={runs[i]!.name}>
              <span className="line-clamp-2 text-base font-semibold leading-tight text-slate-900 [overflow-wrap:anywhere]">
                <RunSwatch color={runs[i]!.color} /> {runs[i]!.name}
              </span>
              <span className="block text-sm font-semibold uppercase tracking-wide text-slate-600">{[runs[i]!.role === 'other' ? null : runs[i]!.role, runs[i]!.name.includes(' user') ? null : formatUsers(runs[i]!.userCount)].filter(Boolean).join(' · ')}</span>
            </th>
          ))}
          <th scope="col" className={`${th} text-right`}>Change</th>
          <th scope="col" className={th}>Status · is it real?</th>
        </tr>
      </thead>
      <tbody>
        {headline.map((row) => (
          <tr key={row.metric} data-metric={row.metric}>
            <th scope="row" className={`${td} whitespace-nowrap text-lg font-semibold text-slate-900`}>{row.label}</th>
            {cols.map((i) => (
              <td key={i} className={`${td} num whitespace-nowrap text-right text-xl text-slate-950`}>{row.values[i]}</td>
            ))}
            <td className={`${td} num whitespace-nowrap text-right text-xl font-bold ${changeClass(row)}`}>{row.change}</td>
            <td className={`${td} text-sm leading-snug text-slate-700`}>
              <span className="mr-2 align-middle"><StatusMark status={row.status} /></span>
              {row.reason}
              {row.significance && row.significance !== row.reason && <span className={`block truncate ${row.real ? 'font-semibold text-slate-900' : 'text-slate-600'}`} title={row.significance}>{row.significance}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
