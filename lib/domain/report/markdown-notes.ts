// The meeting's words in the comparison report: notes and decisions about the comparison, and the
// notes each run carries. Text is kept as written (it is the team's Markdown); labels are escaped.
import { mdText } from '../format/markdown-text';

export interface NotesForReport {
  notes: string | null;
  decisions: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export function notesMarkdown(meeting: NotesForReport | null, runs: { label: string; notes: string | null }[]): string {
  const out: string[] = [];
  if (meeting?.decisions) out.push('## Decisions', '', meeting.decisions.trim(), '');
  if (meeting?.notes) out.push('## Meeting notes', '', meeting.notes.trim(), '');
  if ((meeting?.decisions || meeting?.notes) && meeting.updatedBy) {
    const at = meeting.updatedAt ? `, ${meeting.updatedAt.slice(0, 16).replace('T', ' ')} UTC` : '';
    out.push(`_Last edited by ${mdText(meeting.updatedBy)}${at}._`, '');
  }
  const withNotes = runs.filter((r) => r.notes && r.notes.trim() !== '');
  if (withNotes.length > 0) {
    out.push('## Run notes', '');
    for (const r of withNotes) out.push(`- **${mdText(r.label)}**: ${r.notes!.trim().replace(/\n+/g, ' ')}`);
    out.push('');
  }
  return out.join('\n');
}
