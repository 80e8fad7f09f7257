// The identity of a comparison, for what is kept about it (meeting notes): its runs in the order
// compared, the baseline (the first run when none is named), and whether it compares load steps.
// Endpoint groups and thresholds change the figures shown, not which comparison it is.

export function comparisonKey(runIds: readonly string[], baselineId: string | undefined, steps: boolean): string {
  if (steps) return `steps:${runIds[0] ?? ''}`;
  return `runs:${runIds.join(',')}|baseline:${baselineId ?? runIds[0] ?? ''}`;
}
