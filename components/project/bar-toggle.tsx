// "Between the two runs" / "Production bar": which targets Plan a retest proposes (search param `bar`).
import Link from 'next/link';
import { PRODUCTION } from '@/lib/domain/report/propose-criteria';
import { percentText, signedPercentText } from '@/lib/view/criteria/format';
import { planHref, type RetestBar } from '@/lib/view/criteria/plan';
import { formatMs } from '@/lib/domain/format/format';

const BARS: { bar: RetestBar; label: string; hint: string }[] = [
  {
    bar: 'between',
    label: 'Between the two runs',
    hint: 'targets most of the way back to the baseline: a conditional GO',
  },
  {
    bar: 'production',
    label: 'Production bar',
    hint:
      `absolute: success rate ≥ ${percentText(PRODUCTION.successRate)}, p95 < ${formatMs(PRODUCTION.p95Ms)}, ` +
      `failing endpoints ≤ ${percentText(PRODUCTION.failureRate)}, ` +
      `median ≤ ${signedPercentText(PRODUCTION.medianGrowth)} vs the baseline`,
  },
];

interface Props {
  projectId: string;
  ids: string[];
  baselineId: string;
  groups: string[];
  bar: RetestBar;
}

export function BarToggle({ projectId, ids, baselineId, groups, bar }: Props) {
  const current = BARS.find((b) => b.bar === bar)!;
  return (
    <div className="space-y-1">
      <div
        role="group"
        aria-label="Which bar to propose"
        className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 shadow-sm"
      >
        {BARS.map((b) => (
          <Link
            key={b.bar}
            href={planHref(projectId, ids, baselineId, b.bar, groups)}
            aria-current={b.bar === bar ? 'page' : undefined}
            scroll={false}
            className={[
              'rounded-md px-3 py-1.5 text-sm font-medium',
              b.bar === bar ? 'bg-brand-600 text-white' : 'text-slate-700 hover:bg-slate-100',
            ].join(' ')}
          >
            {b.label}
          </Link>
        ))}
      </div>
      <p className="text-xs text-slate-500">
        {current.label}: {current.hint}. Switching proposes again (your edits below are replaced).
      </p>
    </div>
  );
}
