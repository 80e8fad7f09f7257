// Text helpers of the pull-request comment: clipping names without splitting a character. Pure.

/** At most `max` characters (code points, never half a surrogate pair), "…" marking a cut. */
export function clip(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}
