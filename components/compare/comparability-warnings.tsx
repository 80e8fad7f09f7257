import { NoteList } from '@/components/ui/note-list';

/** Why the comparison may mislead: one discreet line, expandable to the list. */
export function ComparabilityWarnings({ warnings }: { warnings: string[] }) {
  const title =
    `${warnings.length === 1 ? '1 thing' : `${warnings.length} things`} to keep in mind before ` +
    'drawing conclusions';
  return <NoteList notes={warnings} title={title} />;
}
