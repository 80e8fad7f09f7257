// The meeting's answer, the same on every surface (compare, run and share pages, the deck, print, Markdown):
// each applicable criteria set's GO / CONDITIONAL / NO-GO on the judged run, the criteria it misses and the
// endpoints that drive each miss; overall the worst set. The change against the baseline (critical
// regression … improved) goes beside it, never instead of it. Pure: no React, no I/O.
import type { Comparison, ComparisonCriteria, Status } from '../analysis/types';
import { comparedVerdict } from '../criteria/compare';
import { currentText, metricLabel, scopeLabel, targetText } from '../criteria/describe';
import type { Criterion, CriterionResult, VerdictName } from '../criteria/types';
import type { OutOfScopeLine } from './criteria-lines';
import { listWords } from './metric-format';
import { driversOf, figuresFromComparison, type Driver, type Drivers, type EndpointFigures } from './verdict-drivers';

export interface MissedCriterion {
  /** "p95 870 ms, target < 800 ms"; "p95 of /api/* (group) 2,100 ms, target < 2,000 ms". */
  text: string;
  severity: 'must' | 'should';
  /** false: the run has no figure for it (counts as missed). */
  evaluable: boolean;
  /** The endpoints that drive the miss, weightiest first; null: this kind of criterion names none. */
  drivers: Driver[] | null;
  moreDrivers: number;
  /** Why no endpoint is named although some could be, or null. */
  driversNote: string | null;
  /** The same endpoints as the set's previous miss (failure rate and success rate): said, not listed again. */
  repeatsDrivers: boolean;
  /** The text with its drivers, one line: "p95 870 ms, target < 800 ms — GET /a 2,900 ms, GET /b 1,100 ms". */
  line: string;
}

export interface MeetingSet {
  /** The stored set's id when known (links to its details). */
  setId: string | null;
  name: string;
  verdict: VerdictName;
  met: number;
  total: number;
  missed: MissedCriterion[];
}

export interface MeetingChange {
  status: Status;
  /** "critical regression", "regression (warning level)", "improved", "no change beyond the thresholds",
   *  "inconclusive". */
  words: string;
  /** The baseline's name. */
  against: string;
}

export interface MeetingVerdict {
  /** The run the sets judged. */
  judgedRun: string;
  /** The worst set's verdict; null when no set applies. */
  overall: VerdictName | null;
  /** Why, without the verdict word: "Production GO misses 2 of 4 criteria"; "No success criteria apply …". */
  summary: string;
  /** One sentence: "NO-GO on retest: Production GO misses 2 of 4 criteria." / "No success criteria apply …". */
  headline: string;
  sets: MeetingSet[];
  /** Sets whose scope (appliesTo) leaves the judged run out, each with why (absent: none, or not known here). */
  outOfScope?: OutOfScopeLine[];
  /** Null on a page without a baseline (the run page). */
  change: MeetingChange | null;
  /** Where to define a criteria set when none applies (null on shared links, or with one). */
  defineHref: string | null;
}

/** A set's verdict with its criteria in the results' order. */
export interface SetInput {
  setId: string | null;
  name: string;
  verdict: VerdictName;
  criteria: readonly Criterion[];
  results: readonly CriterionResult[];
}

export const CHANGE_WORDS: Record<Status, string> = {
  critical: 'critical regression',
  warning: 'regression (warning level)',
  improved: 'improved',
  ok: 'no change beyond the thresholds',
  inconclusive: 'inconclusive',
};

const RANK: Record<VerdictName, number> = { GO: 0, CONDITIONAL: 1, 'NO-GO': 2 };

export const NO_CRITERIA = 'No success criteria apply to this run';

function criterionText(c: Criterion, r: CriterionResult): string {
  const where = c.scope === 'aggregate' ? '' : ` of ${scopeLabel(c.scope)}`;
  const now = r.met === null ? `not evaluable${r.reason ? ` (${r.reason})` : ''}` : currentText(c, r.current);
  return `${metricLabel(c.metric)}${where} ${now}, target ${targetText(c)}`;
}

const driversKey = (d: Drivers) => JSON.stringify([d.named, d.more]);

function missedOf(
  c: Criterion,
  r: CriterionResult,
  endpoints: readonly EndpointFigures[] | null,
  seen: Set<string>,
): MissedCriterion {
  const text = criterionText(c, r);
  const evaluable = r.met !== null;
  const d: Drivers = evaluable ? driversOf(c, endpoints) : { named: null, more: 0, note: null };
  const names = d.named?.map((x) => `${x.label} ${x.figure}`) ?? [];
  const repeatsDrivers = names.length > 0 && seen.has(driversKey(d));
  if (names.length > 0) seen.add(driversKey(d));
  const all = d.more > 0 ? `${names.join(', ')} and ${d.more} more` : listWords(names);
  const listed = repeatsDrivers ? 'the same endpoints' : all;
  const drivers = names.length > 0 ? ` — ${listed}` : '';
  const note = d.note ? ` — ${d.note}` : '';
  return {
    text,
    severity: c.severity ?? 'must',
    evaluable,
    repeatsDrivers,
    drivers: d.named,
    moreDrivers: d.more,
    driversNote: d.note,
    line: `${text}${c.severity === 'should' ? ' (should)' : ''}${drivers}${note}`,
  };
}

function setOf(input: SetInput, endpoints: readonly EndpointFigures[] | null): MeetingSet {
  const seen = new Set<string>();
  const missed = input.results.flatMap((r, i) => {
    const c = input.criteria[i];
    return r.met === true || !c ? [] : [missedOf(c, r, endpoints, seen)];
  });
  const met = input.results.filter((r) => r.met === true).length;
  return { setId: input.setId, name: input.name, verdict: input.verdict, met, total: input.results.length, missed };
}

function worst(sets: readonly MeetingSet[]): VerdictName | null {
  if (sets.length === 0) return null;
  return sets.reduce<VerdictName>((a, s) => (RANK[s.verdict] > RANK[a] ? s.verdict : a), 'GO');
}

const criteriaCount = (n: number) => `${n} ${n === 1 ? 'criterion' : 'criteria'}`;

/** "Production GO misses 2 of 4 criteria"; "all 2 criteria sets met"; "No success criteria apply …". */
function summaryOf(overall: VerdictName | null, sets: readonly MeetingSet[], change: boolean): string {
  if (overall === null) return `${NO_CRITERIA}${change ? ' — change status only' : ''}`;
  if (overall === 'GO') return sets.length === 1 ? `${sets[0]!.name} met` : `all ${sets.length} criteria sets met`;
  const at = sets.filter((s) => s.verdict === overall);
  return listWords(
    at.map((s) => `${s.name} misses ${s.missed.length} of ${criteriaCount(s.total)}`),
    2,
  );
}

/** The verdict from each set's result on `judgedRun`; `endpoints`: that run's figures (null: unknown). */
export function meetingVerdict(input: {
  judgedRun: string;
  sets: readonly SetInput[];
  endpoints: readonly EndpointFigures[] | null;
  change: MeetingChange | null;
  defineHref: string | null;
}): MeetingVerdict {
  const sets = input.sets.map((s) => setOf(s, input.endpoints));
  const overall = worst(sets);
  const summary = summaryOf(overall, sets, input.change !== null);
  return {
    judgedRun: input.judgedRun,
    overall,
    summary,
    headline: overall === null ? `${summary}.` : `${overall} on ${input.judgedRun}: ${summary}.`,
    sets,
    change: input.change,
    defineHref: overall === null ? input.defineHref : null,
  };
}

/** The sets of `comparison.criteria` (JSON included) as inputs; `ids` names the stored sets by name. */
export function setInputs(
  criteria: readonly ComparisonCriteria[],
  ids: ReadonlyMap<string, string> = new Map(),
): SetInput[] {
  return criteria.map((set) => {
    const { criteria: cs, verdict } = comparedVerdict(set);
    const setId = ids.get(set.name) ?? null;
    return { setId, name: set.name, verdict: set.verdict, criteria: cs, results: verdict.results };
  });
}

/**
 * A comparison's meeting verdict: its criteria on the judged run (the target; for load steps their whole
 * run, whose endpoints the comparison does not hold: no drivers then), and its change status.
 */
export function comparisonMeetingVerdict(
  c: Comparison,
  names: { target: string; baseline: string },
  status: Status,
  options: { defineHref?: string | null; setIds?: ReadonlyMap<string, string> } = {},
): MeetingVerdict {
  const judged = c.criteria[0]?.judgedRun;
  const sets = setInputs(c.criteria, options.setIds);
  // Drivers are looked for only under a missed criterion (setOf): with none, the figures of thousands of endpoints
  // would be built for nothing on every view.
  const anyMissed = sets.some((set) => set.results.some((r) => r.met !== true));
  return meetingVerdict({
    judgedRun: judged ?? names.target,
    sets,
    endpoints: c.steps || !anyMissed ? null : figuresFromComparison(c.endpoints, c.targetIndex),
    change: { status, words: CHANGE_WORDS[status], against: names.baseline },
    defineHref: options.defineHref ?? null,
  });
}
