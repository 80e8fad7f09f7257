import type { CompareModel } from '@/lib/compare-view/model';
import { ComparabilityWarnings } from './comparability-warnings';
import { CompareHeader } from './compare-header';
import { EndpointHeatmap } from './endpoint-heatmap';
import { EndpointTables } from './endpoint-tables';
import { HeadlineTable } from './headline-table';
import { PercentileOverlay } from './percentile-overlay';
import { ScalingSection } from './scaling-section';
import { TimelineOverlay } from './timeline-overlay';
import { VerdictBanner } from './verdict-banner';

/** Heatmap from this many runs on (with two runs it would repeat the latency table). */
export const HEATMAP_MIN_RUNS = 3;

/** The compare page: verdict first, then headline figures, charts, endpoints, heatmap and scaling. */
export function CompareView({ model }: { model: CompareModel }) {
  const { head, runs, verdict } = model;
  const target = runs[head.targetIndex];
  return (
    <div className="space-y-6">
      <CompareHeader model={model} />
      <VerdictBanner verdict={verdict} otherRuns={runs.length - 2} />
      <ComparabilityWarnings warnings={head.warnings} />
      <HeadlineTable rows={model.headline} runs={runs} targetName={verdict.targetName} />
      <PercentileOverlay rows={model.percentiles} runs={runs} distribution={model.distribution} />
      <TimelineOverlay overlay={model.overlay} runs={runs} />
      <EndpointTables endpoints={model.endpoints} runs={runs} baseline={head.baselineIndex} target={head.targetIndex} />
      {runs.length >= HEATMAP_MIN_RUNS && <EndpointHeatmap endpoints={model.endpoints} runs={runs} baseline={head.baselineIndex} target={head.targetIndex} />}
      <ScalingSection scaling={head.scaling} bars={model.scaling} targetName={target?.name ?? verdict.targetName} />
    </div>
  );
}
