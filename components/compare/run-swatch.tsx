/** The colour a run has in every chart of the compare page. */
export function RunSwatch({ color, line = false }: { color: string; line?: boolean }) {
  return line ? (
    <span
      aria-hidden
      className="inline-block h-0.5 w-3.5 shrink-0 rounded-full align-middle"
      style={{ backgroundColor: color }}
    />
  ) : (
    <span aria-hidden className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ backgroundColor: color }} />
  );
}
