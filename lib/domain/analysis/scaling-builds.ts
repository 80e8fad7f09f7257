// Builds kept apart: the scaling curve and its USL fit take one build at a time, so runs at the same
// load in different builds (a baseline and a retest of the fixed build) are never fitted together.
// Grouping rule: runs are grouped by `meta.build`; when no run names a build, all runs form one unnamed
// build (null). When some do, a run without a build belongs to no build and is left out of every curve.
// Pure, no I/O.
import { scalingCurve, type ScalingCurve, type ScalingRunInput } from './scaling-curve';

/** One build's runs and users-vs-goodput curve. */
export interface BuildCurve {
  /** The build's name; null only when no run of the comparison names a build. */
  build: string | null;
  /** Indexes into the comparison's `runs`, in their order. */
  runIndexes: number[];
  /** The build's curve (`excluded[].index` are comparison run indexes); null under two loads. */
  curve: ScalingCurve | null;
}

export interface BuildGrouping {
  groups: { build: string | null; runIndexes: number[] }[];
  /** Runs without a build while others have one: on no build's curve. */
  unassigned: number[];
}

/** Builds in order of their first run; see the grouping rule above. */
export function groupByBuild(builds: readonly (string | null)[]): BuildGrouping {
  if (builds.every((b) => b === null)) {
    return { groups: [{ build: null, runIndexes: builds.map((_, i) => i) }], unassigned: [] };
  }
  const groups: BuildGrouping['groups'] = [];
  const unassigned: number[] = [];
  builds.forEach((build, i) => {
    if (build === null) return void unassigned.push(i);
    const group = groups.find((g) => g.build === build);
    if (group) group.runIndexes.push(i);
    else groups.push({ build, runIndexes: [i] });
  });
  return { groups, unassigned };
}

/** Whether the comparison's runs span more than one build (or some runs have none while others do). */
export const mixesBuilds = (g: BuildGrouping) => g.groups.length > 1 || g.unassigned.length > 0;

/** `Build “abc123”` as the sentences name it. */
export const buildName = (build: string | null) => (build === null ? 'the unnamed build' : `build “${build}”`);

/** One curve per build; a build with fewer than two loads has none. With several builds each curve's
 *  evidence starts with the build it is about. */
export function curvesByBuild(runs: readonly ScalingRunInput[], grouping: BuildGrouping): BuildCurve[] {
  const mixed = mixesBuilds(grouping);
  return grouping.groups.map(({ build, runIndexes }) => {
    const inputs = runIndexes.map((i) => runs[i]!);
    const loads = new Set(inputs.map((r) => r.users).filter((u) => u !== null));
    if (loads.size < 2) return { build, runIndexes, curve: null };
    const curve = scalingCurve(inputs);
    const excluded = curve.excluded.map((x) => ({ ...x, index: runIndexes[x.index]! }));
    const evidence = mixed ? `${capital(buildName(build))}: ${curve.evidence}` : curve.evidence;
    return { build, runIndexes, curve: { ...curve, excluded, evidence } };
  });
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The curve the comparison's scaling verdict comes from: the target's build's (null when the target
 *  has no build while others do, or its build has fewer than two loads). */
export function targetCurve(curves: readonly BuildCurve[], target: number): BuildCurve | null {
  return curves.find((c) => c.runIndexes.includes(target)) ?? null;
}

/**
 * With several builds, what the reader must know first: one curve per build, which build the scaling
 * verdict is about, the builds without a curve and the runs on no build's curve. null with one build.
 */
export function buildsNote(
  curves: readonly BuildCurve[],
  grouping: BuildGrouping,
  target: number,
  names: readonly string[],
): string | null {
  if (!mixesBuilds(grouping)) return null;
  const list = (idx: readonly number[]) => idx.map((i) => names[i]!).join(', ');
  const parts = [
    `Runs of ${grouping.groups.length} build${grouping.groups.length === 1 ? '' : 's'}: one scaling curve per build, ` +
      'and runs of different builds are never fitted together.',
  ];
  const lone = curves.filter((c) => c.curve === null);
  for (const c of lone) parts.push(`No curve for ${buildName(c.build)}, one load only: ${list(c.runIndexes)}.`);
  if (grouping.unassigned.length > 0) {
    const runs = list(grouping.unassigned);
    parts.push(`No build given for ${runs}: on no build's curve (set the build on the run's page).`);
  }
  const own = targetCurve(curves, target);
  parts.push(
    own?.curve
      ? `The scaling verdict is that of ${buildName(own.build)}, the target's build.`
      : "No scaling verdict: the target's build has no curve.",
  );
  return parts.join(' ');
}
