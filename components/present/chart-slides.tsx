// Slides around a chart: percentiles, scaling (the compare page's own sections, their charts sized to
// the slide), and the scaling curve across loads (a projector-sized throughput chart of its own).
import { PercentileOverlayChart } from '@/components/compare/percentile-overlay-chart';
import { ScalingSection } from '@/components/compare/scaling-section';
import type { CompareModel } from '@/lib/view/compare/model';
import { percentileChartRows } from '@/lib/view/compare/percentiles';
import { runKey } from '@/lib/domain/report/runs';
import type { ScalingCurveView } from '@/lib/view/compare/scaling-curve';
import { ScalingCurveChart } from './scaling-curve-chart';
import { SlideChart } from './slide-parts';

export function PercentilesSlide({ model }: { model: CompareModel }) {
  const { runs, percentiles, distribution } = model;
  return (
    <div className="space-y-4">
      {distribution.length > 0 && (
        <ul className="space-y-1 text-xl leading-snug text-slate-800" aria-label="Response-time distribution in words">
          {distribution.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-lg" aria-label="Legend">
        {runs.map((r) => (
          <li key={r.id} className="inline-flex items-center gap-2">
            <span className="inline-block h-1 w-8 rounded-full" style={{ backgroundColor: r.color }} aria-hidden />
            <span className="font-medium">{r.name}</span>
            {r.role !== 'other' && <span className="text-base text-slate-600">{r.role}</span>}
          </li>
        ))}
      </ul>
      <SlideChart height={distribution.length > 0 ? '36vh' : '52vh'}>
        <PercentileOverlayChart
          data={percentileChartRows(percentiles)}
          lines={runs.map((r, i) => ({ id: runKey(i), name: r.name, color: r.color }))}
        />
      </SlideChart>
    </div>
  );
}

export function ScalingSlide({ model }: { model: CompareModel }) {
  const target = model.runs[model.head.targetIndex]?.name ?? model.verdict.targetName;
  return (
    <div className="text-lg [&_.text-\[11px\]]:text-base [&_.text-xs]:text-base [&>div>section>header]:hidden">
      <SlideChart height="52vh">
        <ScalingSection scaling={model.head.scaling} bars={model.scaling} targetName={target} brief />
      </SlideChart>
    </div>
  );
}

const VERDICT_MARK = {
  linear: 'bg-ok text-white',
  sublinear: 'bg-warn text-white',
  saturated: 'bg-bad text-white',
  unknown: 'bg-slate-200 text-slate-800',
} as const;

/** The curve with its per-load table under it (left); the verdict, the model's peak and the evidence beside it. */
export function ScalingCurveSlide({ view }: { view: ScalingCurveView }) {
  return (
    <div className="grid h-full gap-8 lg:grid-cols-2">
      <div className="space-y-4">
        <SlideChart height="60vh">
          <ScalingCurveChart view={view} />
        </SlideChart>
        <table className="w-full text-left text-lg" aria-label="Efficiency per load">
          <thead>
            <tr className="text-base tracking-wide text-slate-600 uppercase">
              <th scope="col" className="py-1 pr-3 text-right">
                Users
              </th>
              <th scope="col" className="pr-3">
                Run
              </th>
              <th scope="col" className="pr-3 text-right">
                Goodput
              </th>
              <th scope="col" className="pr-3 text-right">
                All req/s
              </th>
              <th scope="col" className="text-right">
                Efficiency
              </th>
            </tr>
          </thead>
          <tbody className="num">
            {view.points.map((p, i) => (
              <tr key={i} className="border-t border-slate-200">
                <td className="py-1 pr-3 text-right">{p.users}</td>
                <td className="max-w-0 truncate pr-3 text-slate-700" title={p.label ?? undefined}>
                  {p.label ?? '—'}
                </td>
                <td className="pr-3 text-right font-semibold">{p.goodput}</td>
                <td className="pr-3 text-right text-slate-600">{p.rps}</td>
                <td
                  className={[
                    'text-right font-semibold',
                    p.efficiencyValue === null
                      ? 'text-slate-500'
                      : p.efficiencyValue < 0.7
                        ? 'text-bad'
                        : p.efficiencyValue < 0.9
                          ? 'text-warn'
                          : 'text-ok',
                  ].join(' ')}
                >
                  {p.efficiency}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="space-y-4">
        <p className="text-3xl font-semibold">
          <span
            className={[
              'mr-3 rounded-md px-3 py-1 align-middle text-2xl font-bold tracking-wide uppercase',
              VERDICT_MARK[view.verdict],
            ].join(' ')}
          >
            {view.verdict}
          </span>
          {view.saturationUsers !== null && (
            <span className="align-middle">from {view.saturationUsers.toLocaleString('en-US')} users</span>
          )}
        </p>
        {(view.peak || view.ceiling) && (
          <p className="text-2xl font-medium text-slate-900">{view.peak?.text ?? view.ceiling?.text}</p>
        )}
        <p className="text-base leading-snug text-slate-800">{view.evidence}</p>
      </div>
    </div>
  );
}
