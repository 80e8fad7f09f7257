// How the page names runs when the comparison spans several builds (lib/domain/analysis/scaling-builds.ts).

/** Whether the runs span more than one build (a run without one counts as its own). */
export function buildsMixed(runs: readonly { build: string | null }[]): boolean {
  return new Set(runs.map((r) => r.build)).size > 1;
}

/** "100 users · build fix-42" when builds are mixed, else the name alone. */
export function nameWithBuild(run: { name: string; build: string | null }, mixed: boolean): string {
  if (!mixed) return run.name;
  return `${run.name} · ${run.build === null ? 'no build' : `build ${run.build}`}`;
}

/** The pickers' options, in the runs' (load) order. */
export function pickOptions(
  runs: readonly { id: string; name: string; build: string | null }[],
): { id: string; text: string }[] {
  const mixed = buildsMixed(runs);
  return runs.map((r) => ({ id: r.id, text: nameWithBuild(r, mixed) }));
}
