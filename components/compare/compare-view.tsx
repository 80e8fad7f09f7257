import { preload } from 'react-dom';
import { toWire } from '@/lib/domain/charts/wire';
import type { CompareModel } from '@/lib/view/compare/model';
import type { CompareRules } from '@/lib/view/compare/rules';
import { AttributionSection } from './attribution-section';
import { ceilingNotes } from '@/lib/domain/report/ceiling';
import { ComparabilityWarnings } from './comparability-warnings';
import { CompareHeader } from './compare-header';
import { EndpointGroupsTable } from './endpoint-groups-table';
import { EndpointHeatmap } from './endpoint-heatmap';
import { CompareRowsProvider, WithCompareRows } from './endpoints-context';
import { EndpointTables } from './endpoint-tables';
import { FailureMessages } from './failure-messages';
import { HeadlineNotes } from './headline-notes';
import { HeadlineTable } from './headline-table';
import { PercentileOverlay } from './percentile-overlay';
import { MeetingNotes } from './meeting-notes';
import { MeetingSummary } from './meeting-summary';
import { RetestPlanSection } from './retest-plan-section';
import { ScalingCurveSection } from './scaling-curve-section';
import { ScalingSection } from './scaling-section';
import { StepsNote, StepsTable } from './steps-table';
import { TimelineOverlay } from './timeline-overlay';
import { VerdictBanner } from './verdict-banner';
import { WindowSwitch } from '@/components/window/window-switch';
import { AfterFirstScreen } from '@/components/ui/after-first-screen';

/** Heatmap from this many runs on (with two runs it would repeat the latency table). */
export const HEATMAP_MIN_RUNS = 3;

/**
 * The compare page, the answer first: right under the title the meeting verdict (the success criteria on the
 * target run, which fail and which endpoints drive them, the change status beside it), then what must be read
 * before any figure (headline notes); then the evidence: headline figures and what explains them, charts, endpoints
 * and their groups, failure messages, heatmap and scaling; then the project's success criteria on the
 * target run, "Plan a retest" and the roadmap. For one stepped run (`steps=1`) the steps
 * table comes right after the note that says these are steps of one run.
 * `readOnly` (shared link): the same figures without controls or links to pages that need sign-in.
 */
export function CompareView({
  model,
  readOnly = false,
  rules,
  rowsHref,
}: {
  model: CompareModel;
  readOnly?: boolean;
  /** The baseline rule picker's data (the compare page only). */
  rules?: CompareRules;
  /** Where the rows are fetched from when not `model.hrefs.rows` (a share link's `/s/TOKEN/rows.json`). */
  rowsHref?: string;
}) {
  const { head, runs, verdict, stepped } = model;
  const target = runs[head.targetIndex];
  const baseline = runs[head.baselineIndex];
  // The steps note says what the analysis' first warning says: keep the rest.
  const warnings = stepped ? head.warnings.filter((w) => !w.startsWith('Steps of one run')) : head.warnings;
  const over = model.window === 'steady' ? 'steady state' : 'whole run';
  const rows = rowsHref ?? model.hrefs.rows;
  // The browser asks for the rows as soon as the page's head arrives, while its scripts load; the provider's fetch
  // then takes the preloaded answer (same URL, same-origin credentials) instead of asking once it is interactive.
  preload(rows, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <div className="space-y-6">
      <CompareHeader model={model} readOnly={readOnly} rules={rules} />
      <VerdictBanner
        meeting={model.meetingVerdict}
        change={verdict}
        otherRuns={runs.length - 2}
        noun={stepped ? 'step' : 'run'}
        readOnly={readOnly}
        detailsHref={model.plan ? '#retest-plan' : null}
        outOfScope={model.criteriaOutOfScope}
      />
      <MeetingSummary model={model} />
      <HeadlineNotes notes={head.headlineNotes ?? []} />
      {!stepped && !readOnly && (
        <WindowSwitch
          window={model.window}
          hrefs={model.windowHrefs}
          notes={model.loadNotes}
          unavailable={model.steadyUnavailable}
        />
      )}
      {(stepped || readOnly) && model.loadNotes.length > 0 && (
        <WindowSwitch window={model.window} hrefs={model.windowHrefs} notes={model.loadNotes} hideSwitch />
      )}
      {stepped && <StepsNote runName={stepped.runName} runId={stepped.runId} readOnly={readOnly} />}
      <ComparabilityWarnings warnings={warnings} />
      {model.steps && <StepsTable view={model.steps} />}
      <HeadlineTable
        rows={model.headline}
        runs={runs}
        targetName={verdict.targetName}
        ceilings={ceilingNotes(head)}
        statisticsNote={head.statisticsNote}
      />
      <AfterFirstScreen what="the attribution, the charts and the endpoint tables">
        {/* Every endpoint and the attribution rows are fetched once the page is interactive (endpoints-context). */}
        <CompareRowsProvider key={rows} href={rows} baseline={head.baselineIndex} target={head.targetIndex}>
          <WithCompareRows what="what explains the change">
            <AttributionSection
              baselineName={baseline?.name ?? verdict.baselineName}
              targetName={target?.name ?? verdict.targetName}
              stepped={stepped !== null}
            />
          </WithCompareRows>
          {!stepped && (
            <PercentileOverlay rows={model.percentiles} runs={runs} distribution={model.distribution} over={over} />
          )}
          <TimelineOverlay overlay={toWire(model.overlay)} runs={model.timelineRuns} />
          <WithCompareRows what="the endpoint tables">
            <EndpointTables runs={runs} baseline={head.baselineIndex} target={head.targetIndex} />
          </WithCompareRows>
          <EndpointGroupsTable
            groups={model.groups}
            runs={runs}
            baseline={head.baselineIndex}
            target={head.targetIndex}
            pageHref={model.hrefs.page}
            readOnly={readOnly}
          />
          <FailureMessages
            rows={model.failureDiffs}
            concentration={model.concentration}
            runs={runs}
            stepped={stepped !== null}
          />
          {runs.length >= HEATMAP_MIN_RUNS && (
            <WithCompareRows what="the endpoint heatmap">
              <EndpointHeatmap runs={runs} baseline={head.baselineIndex} />
            </WithCompareRows>
          )}
          <ScalingSection
            scaling={head.scaling}
            bars={model.scaling}
            targetName={target?.name ?? verdict.targetName}
            over={over}
          />
          {model.scalingCurve && (
            <ScalingCurveSection view={model.scalingCurve} stepped={stepped !== null} over={over} />
          )}
          <RetestPlanSection model={model} readOnly={readOnly} />
          <MeetingNotes meeting={model.meeting} noteKey={model.noteKey} readOnly={readOnly} />
        </CompareRowsProvider>
      </AfterFirstScreen>
    </div>
  );
}
