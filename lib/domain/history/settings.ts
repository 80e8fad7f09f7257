// A project's history settings (issue 19): which branch makes the history, the change-point test's level,
// window and smallest size, and the era rules switched on. Unset fields take the defaults. Pure.
import { DEFAULT_CHANGE_POINT_OPTIONS, type ChangePointOptions } from './change-points';
import { ERA_RULES, type EraRule } from './eras';
import { DEFAULT_HISTORY_BRANCH } from './parts';
import { locustRoundingMs } from './rounding';
import type { TrendMetric } from './run-figures';

export interface HistorySettings {
  branch: string;
  alpha: number;
  window: number;
  /** Smallest relative size of a change at 95% confidence (0.05 = 5%). */
  minMagnitude: number;
  eraRules: EraRule[];
}

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = {
  branch: DEFAULT_HISTORY_BRANCH,
  alpha: DEFAULT_CHANGE_POINT_OPTIONS.alpha,
  window: DEFAULT_CHANGE_POINT_OPTIONS.window,
  minMagnitude: DEFAULT_CHANGE_POINT_OPTIONS.minMagnitude,
  eraRules: [...ERA_RULES],
};

/** Smallest change of the failure rate at 95% confidence, in rate (0.01 = 1 percentage point): a relative
 *  size means nothing for a rate that starts at 0. */
export const FAILURE_RATE_MIN_CHANGE = 0.01;

export function historySettings(stored: Partial<{ [K in keyof HistorySettings]: HistorySettings[K] | null }>) {
  const d = DEFAULT_HISTORY_SETTINGS;
  return {
    branch: stored.branch ?? d.branch,
    alpha: stored.alpha ?? d.alpha,
    window: stored.window ?? d.window,
    minMagnitude: stored.minMagnitude ?? d.minMagnitude,
    eraRules: stored.eraRules ? ERA_RULES.filter((r) => stored.eraRules!.includes(r)) : d.eraRules,
  } satisfies HistorySettings;
}

/** What the stored search state depends on: a change of any of these means searching again. */
export function settingsKey(s: HistorySettings): string {
  return [s.branch, s.alpha, s.window, s.minMagnitude, s.eraRules.join(',')].join('|');
}

/** Latencies are Locust's rounded response times (rounding.ts); rates and goodput are exact quotients. */
export function changePointOptions(metric: TrendMetric, s: HistorySettings): ChangePointOptions {
  const base = { alpha: s.alpha, window: s.window };
  if (metric === 'failureRate')
    return { ...base, minMagnitude: FAILURE_RATE_MIN_CHANGE, kind: 'absolute', resolution: null };
  const resolution = metric === 'goodputRps' ? null : locustRoundingMs;
  return { ...base, minMagnitude: s.minMagnitude, kind: 'relative', resolution };
}
