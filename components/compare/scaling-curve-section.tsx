import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { BuildPanel } from '@/lib/view/compare/scaling-builds';
import type { ScalingCurveView } from '@/lib/view/compare/scaling-curve';
import { CurvePointsTable, GoodputCurveChart, LatencyCurveChart } from './scaling-curve-charts';

const VERDICT_TONE = { linear: 'ok', sublinear: 'warn', saturated: 'bad', unknown: 'neutral' } as const;
const NOTE = 'text-xs text-slate-500';

/** Users vs goodput (measured, all requests lighter, linear goodput, USL on goodput with its peak) and vs
 *  median/P95, with the analysis' verdict and its evidence as given. With several builds: one panel per
 *  build side by side, on the same axes, and the analysis' note on which build the verdict is about. */
export function ScalingCurveSection({
  view,
  stepped,
  over = 'whole run',
}: {
  view: ScalingCurveView;
  stepped: boolean;
  over?: string;
}) {
  if (view.builds && view.builds.length > 0) return <BuildsSection view={view} builds={view.builds} over={over} />;
  const what = stepped ? 'every load step' : 'every run with a user count';
  return (
    <Card title="Scaling across loads" actions={<span className={NOTE}>{what} on one users axis</span>}>
      <div className="space-y-5">
        <VerdictLine view={view} />
        <div className="grid gap-x-8 gap-y-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <GoodputCurveChart view={view} over={over} />
          <LatencyCurveChart view={view} caption={stepped ? 'median of ~10 s windows per step' : over} />
        </div>
        <p className="text-sm leading-relaxed text-slate-700" data-testid="scaling-evidence">
          {view.evidence}
        </p>
        <CurvePointsTable view={view} stepped={stepped} />
        <Footnote view={view} />
      </div>
    </Card>
  );
}

function BuildsSection({ view, builds, over }: { view: ScalingCurveView; builds: BuildPanel[]; over: string }) {
  const actions = <span className={NOTE}>each build on its own curve, same axes</span>;
  return (
    <Card title="Scaling across loads, one build at a time" actions={actions}>
      <div className="space-y-5">
        <p
          className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700"
          data-testid="builds-note"
        >
          {view.buildsNote}
        </p>
        <div className="grid gap-6 lg:grid-cols-2">
          {builds.map((b) => (
            <BuildPanelView key={b.build ?? ''} panel={b} over={over} />
          ))}
        </div>
        <Footnote view={view} />
      </div>
    </Card>
  );
}

function BuildPanelView({ panel, over }: { panel: BuildPanel; over: string }) {
  const v = panel.view;
  const of = ` of ${panel.title}`;
  return (
    <section
      className="min-w-0 space-y-4 self-start rounded-lg border border-slate-200 p-4"
      aria-label={`Scaling${of}`}
      data-testid="build-curve"
      data-build={panel.build ?? ''}
    >
      <header>
        <h3 className="text-base font-semibold break-words text-slate-900">{panel.title}</h3>
        <p className="text-xs break-words text-slate-500">{panel.runs.join(', ')}</p>
      </header>
      {v ? (
        <>
          <VerdictLine view={v} />
          <GoodputCurveChart view={v} over={over} height={240} label={of} />
          <LatencyCurveChart view={v} caption={over} height={200} label={of} />
          <p className="text-sm leading-relaxed text-slate-700" data-testid="scaling-evidence">
            {v.evidence}
          </p>
          <CurvePointsTable view={v} stepped={false} label={`Scaling curve points${of}`} />
        </>
      ) : (
        <>
          <p className="text-sm text-slate-600" data-testid="build-no-curve">
            No curve: every run of this build ran at one load. Upload runs of this build at other loads to see how it
            scales; it is not fitted with another build&apos;s runs.
          </p>
          <ul className="space-y-1 text-sm text-slate-700" aria-label={`Measured${of}`}>
            {panel.measured.map((m) => (
              <li key={m.name} className="num">
                <span className="font-medium text-slate-900">{m.name}</span>
                {` (${m.users}): goodput ${m.goodput}, P95 ${m.p95}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function VerdictLine({ view }: { view: ScalingCurveView }) {
  const from = view.saturationUsers !== null ? ` from ${view.saturationUsers.toLocaleString('en-US')} users` : '';
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <Badge tone={VERDICT_TONE[view.verdict]}>
          {view.verdict}
          {from}
        </Badge>
        {view.fitText ? (
          <span className="text-sm text-slate-700">
            <span className="font-medium">USL fit:</span> {view.fitText}
          </span>
        ) : (
          <span className="text-sm text-slate-500">
            No USL fit (it needs 3 distinct loads): measured points and linear scaling only.
          </span>
        )}
      </div>
      {(view.peak || view.ceiling) && (
        <p className="text-sm font-medium text-slate-800" data-testid="usl-peak">
          {view.peak?.text ?? view.ceiling?.text}
          {view.peak && !view.peak.onChart && (
            <span className="font-normal text-slate-500"> (off the chart: more than twice the largest load)</span>
          )}
        </p>
      )}
    </div>
  );
}

function Footnote({ view }: { view: ScalingCurveView }) {
  const views = [view, ...(view.builds ?? []).map((b) => b.view)];
  const excluded = [...new Set(views.flatMap((v) => v?.excluded ?? []))];
  return (
    <p className={NOTE}>
      Efficiency = goodput (successful req/s) ÷ linear goodput from the smallest load: ≥ 90% linear, ≥ 70% sublinear,
      below that saturated; failed requests are not capacity. The Universal Scalability Law is fitted on goodput
      (contention σ, coherency κ) from 3 distinct loads; with few loads it describes rather than tests, and a peak
      beyond the largest load is an extrapolation. Model figures carry {view.digits} significant digits.
      {view.builds && ' Runs of different builds are never fitted together: each build has its own curve.'}
      {excluded.length > 0 && ` Left out: ${excluded.join(', ')}.`}
    </p>
  );
}
