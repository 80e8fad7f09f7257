import { NoteList } from '@/components/ui/note-list';

/** Parser notes: one discreet line, expandable to the full list. */
export function RunWarnings({ warnings }: { warnings: string[] }) {
  return (
    <NoteList
      notes={warnings}
      title={`${warnings.length === 1 ? '1 note' : `${warnings.length} notes`} from the import`}
      className="max-w-4xl"
    />
  );
}
