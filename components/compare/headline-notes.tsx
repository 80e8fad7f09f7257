/** What must be read before the verdict (Comparison.headlineNotes): every request failed, identical
 *  inputs, a ramp run, a latency ceiling. Shown open, first on the page; nothing when there is none. */
export function HeadlineNotes({ notes, large = false }: { notes: readonly string[]; large?: boolean }) {
  if (notes.length === 0) return null;
  return (
    <section
      aria-label="Read this first"
      data-testid="headline-notes"
      className={[
        'rounded-lg border border-l-4 border-amber-300 border-l-amber-500 bg-amber-50 text-amber-950',
        large ? 'px-6 py-3 text-xl' : 'px-4 py-2.5 text-sm',
      ].join(' ')}
    >
      <p className={`font-semibold tracking-wide text-amber-800 uppercase ${large ? 'text-base' : 'text-[11px]'}`}>
        Read this first
      </p>
      <ul className={`${notes.length > 1 ? 'list-disc pl-5' : ''} ${large ? 'mt-1 space-y-1' : 'mt-0.5 space-y-0.5'}`}>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
