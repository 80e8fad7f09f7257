// The first two slides of a comparison: what must be read first, the verdict in sentences and the
// success criteria on the target run; then the headline figures.
import { HeadlineNotes } from '@/components/compare/headline-notes';
import { TONE_TEXT } from '@/components/compare/status-badge';
import { RunSwatch } from '@/components/compare/run-swatch';
import { formatUsers } from '@/lib/compare-view/format';
import { significanceLine, type HeadlineRow } from '@/lib/compare-view/headline';
import type { CompareModel, RunInfo } from '@/lib/compare-view/model';
import { RunChips, StatusMark, TH, VerdictMark } from './slide-parts';

export function VerdictSlide({ model }: { model: CompareModel }) {
  const { verdict, runs, stepped } = model;
  const dense = verdict.notes.length > 0 || model.criteria.length > 0;
  return (
    <div className={`flex h-full flex-col justify-center ${dense ? 'gap-5' : 'gap-8'}`} data-status={verdict.status}>
      <HeadlineNotes notes={verdict.notes} large />
      <div className="flex flex-wrap items-center gap-4">
        <StatusMark status={verdict.status} large />
        <RunChips runs={runs} />
      </div>
      <p className={`max-w-[60ch] font-semibold leading-tight tracking-tight text-slate-950 ${dense ? 'text-4xl' : 'text-5xl'}`} data-testid="verdict-headline">{verdict.headline}</p>
      {model.criteria.length > 0 && (
        <ul className="space-y-1 text-xl" aria-label="Success criteria on the target run" data-testid="criteria-verdicts">
          {model.criteria.map((l) => (
            <li key={l.setId ?? l.name} className="flex flex-wrap items-baseline gap-x-3">
              <VerdictMark verdict={l.verdict} />
              <span className="font-semibold text-slate-950">{l.name}</span>
              <span className="text-slate-700">{l.met} of {l.total} met{l.missed.length > 0 ? ` · ${l.missed.slice(0, 2).join(' · ')}${l.missed.length > 2 ? ` · ${l.missed.length - 2} more` : ''}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      <ul className={`max-w-[70ch] list-disc pl-8 leading-snug text-slate-800 ${dense ? 'space-y-1 text-xl' : 'space-y-2 text-2xl'}`}>
        {verdict.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      {runs.length > 2 && (
        <p className="text-lg text-slate-600">
          Changes compare {verdict.targetName} (the target) with the baseline {verdict.baselineName}.
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
  // Better-looking but flagged (goodput up, yet short of linear scaling): not green; the reason sits beside it.
  if (row.changeTone === 'better' && (row.status === 'warning' || row.status === 'critical')) return 'text-slate-700';
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
              {significanceLine(row) && <span className={`block truncate ${row.real ? 'font-semibold text-slate-900' : 'text-slate-600'}`} title={row.significance ?? undefined}>{significanceLine(row)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
