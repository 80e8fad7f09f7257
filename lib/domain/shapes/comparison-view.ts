// What the compare service gives the compare page, share page, deck and report.
import type { RunWindow } from '../analysis/run-window';
import type { RunHistoryColumns } from '../charts/series-columns';
import type { Comparison } from '../analysis/types';
import type { ComparisonNote } from './comparison-note';
import type { RunPlanContext } from './run-plan';

/** Everything the compare page shows: the comparison, each run's percentiles and time series, the report. */
export interface ComparisonView {
  comparison: Comparison;
  /** The user-defined groups as given ("NAME=PREFIX"), to keep them in links. */
  groups: string[];
  runs: {
    id: string;
    label: string;
    userCount: number | null;
    durationS: number | null;
    startTime: string | null;
    /** Aggregated percentiles (label -> ms) and max, for the percentile overlay. */
    percentiles: Record<string, number | null>;
    maxMs: number | null;
    /** Aggregated history as plain columns (null = unknown), or null without history. */
    history: RunHistoryColumns | null;
    /** Whole window only: ramp-up/down over 20% of the run (lib/domain/analysis/steady-state.ts), else null. */
    rampWarning?: string | null;
    /** The latency ceiling's evidence ("… responses capped at ~9 s, likely a timeout …"), or null; whole window only
     *  (load steps show it; run comparisons have it in comparison.headlineNotes). */
    ceiling?: string | null;
  }[];
  /** The figures are over the whole runs or their steady states (`?window=steady`); absent: whole. */
  window?: RunWindow;
  /** Whole window: why `?window=steady` would fail ("LABEL: no steady state: …"), or null when every run has one. */
  steadyUnavailable?: string | null;
  markdown: string;
  /** The target run's project: its criteria sets' verdicts on the target run, and its roadmap. */
  plan: RunPlanContext | null;
  /** Notes and decisions from the review meeting about this comparison. */
  meeting: ComparisonNote | null;
  /** What identifies the comparison, to save its notes. */
  key: { runs: string[]; baseline: string | null; steps: boolean };
  /** The target as the URL chose it (`?target=`); null or absent: the default. */
  targetParam?: string | null;
}
