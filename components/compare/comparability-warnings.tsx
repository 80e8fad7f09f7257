/** Why the comparison may mislead: one discreet line, expandable to the list. */
export function ComparabilityWarnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="group rounded-lg border border-amber-200 bg-amber-50/60 px-3 py-2 text-sm text-amber-900">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 select-none marker:hidden [&::-webkit-details-marker]:hidden">
        <span aria-hidden className="inline-block transition-transform group-open:rotate-90">›</span>
        <span className="shrink-0 font-medium">{warnings.length === 1 ? '1 thing' : `${warnings.length} things`} to keep in mind before drawing conclusions</span>
        <span className="min-w-0 truncate text-amber-800/80 group-open:hidden">— {warnings[0]}</span>
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-amber-900/90">
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </details>
  );
}
