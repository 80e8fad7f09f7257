// One task-list item as imported: the item line after its list marker (checkbox or ✅ ⏳ ❌, priority token,
// title, trailing owner) and its body. Body: sub-bullets `Label: value` fill fields, run-verification lines
// are skipped, everything else is appended to the notes verbatim (dedented).
// Performance: no regex here may backtrack quadratically on a 1 MiB line.
import { RoadmapImportError } from './markdown-error';
import {
  blockEnd,
  dedent,
  fenceEnd,
  fenceOpenerOf,
  indentOf,
  isBlank,
  listMarkerOf,
  textsOf,
  type SourceLine,
} from './markdown-lines';
import { normaliseText } from './markdown-normal';
import { splitOwnerSuffix } from './markdown-owner';
import type { ItemStatus, Priority, RoadmapItemDraft } from './types';

const PRIORITY_WORDS = new Map<string, Priority>([
  ['critical', 'critical'],
  ['high', 'high'],
  ['medium', 'medium'],
  ['low', 'low'],
  ['p0', 'critical'],
  ['p1', 'high'],
  ['p2', 'medium'],
  ['p3', 'low'],
]);

const STATUS_WORDS = new Map<string, ItemStatus>([
  ['todo', 'todo'],
  ['to do', 'todo'],
  ['to-do', 'todo'],
  ['in progress', 'in_progress'],
  ['in_progress', 'in_progress'],
  ['in-progress', 'in_progress'],
  ['done', 'done'],
  ['verified', 'verified'],
]);

const EMOJI_STATUS = new Map<string, ItemStatus>([
  ['✅', 'done'],
  ['⏳', 'in_progress'],
  ['❌', 'todo'],
]);

const CHECKBOX = /^\[([ xX])\](?:[ \t]+|$)/;
const STATUS_EMOJI = /^(✅|⏳|❌)\uFE0F?(?:[ \t]+|$)/u;
const PRIORITY_TOKEN =
  /^(?:\*\*(critical|high|medium|low|p[0-3])\*\*|\[(critical|high|medium|low|p[0-3])\]|(p[0-3]):?)(?:[ \t]+|$)/i;
const FIELD = /^\**(problem|expected[ _-]?impact|notes?|owner|priority|status)\**[ \t]*:\**((?:[^*].*)?)$/is;
/** Lines roadmapToMarkdown writes from computed verification; not part of the draft. */
const VERIFICATION_LINE = /^(verified by|broken again|criteria not yet met|not yet met|awaiting a run)\b/i;

function parsePriority(value: string, line: number): Priority {
  const priority = PRIORITY_WORDS.get(value.toLowerCase());
  if (priority === undefined)
    throw new RoadmapImportError(`unknown priority "${value}" (critical, high, medium, low, P0..P3)`, line);
  return priority;
}

function parseStatus(value: string, line: number): ItemStatus {
  const status = STATUS_WORDS.get(value.toLowerCase().replace(/\s+/g, ' '));
  if (status === undefined)
    throw new RoadmapImportError(`unknown status "${value}" (todo, in progress, done, verified)`, line);
  return status;
}

/** The item line after its list marker: `[ ] **high** Title (owner: x)` and hand-written variants. */
export function parseItemLine(content: string, line: number): RoadmapItemDraft {
  let rest = content.trim();
  let status: ItemStatus = 'todo';
  const checkbox = CHECKBOX.exec(rest);
  const emoji = checkbox ? null : STATUS_EMOJI.exec(rest);
  if (checkbox) status = checkbox[1] === ' ' ? 'todo' : 'done';
  else if (emoji) status = EMOJI_STATUS.get(emoji[1]!)!;
  rest = rest.slice((checkbox ?? emoji)?.[0].length ?? 0);

  let priority: Priority = 'medium';
  const token = PRIORITY_TOKEN.exec(rest);
  if (token) {
    priority = parsePriority(token[1] ?? token[2] ?? token[3]!, line);
    rest = rest.slice(token[0].length);
  }
  const { title, owner } = splitOwnerSuffix(rest.trim());
  if (title === '') throw new RoadmapImportError('task list item has no title', line);
  return { priority, title, problem: null, expectedImpact: null, owner, status, notes: null };
}

/** Notes in document order: `Notes:` values and runs of other body lines (dedented, blank edges dropped). */
class ItemNotes {
  private readonly pieces: string[] = [];
  private verbatim: string[] = [];

  addVerbatim(lines: string[]): void {
    for (const line of lines) this.verbatim.push(line);
  }

  addNote(text: string | null): void {
    this.flush();
    if (text !== null) this.pieces.push(text);
  }

  text(): string | null {
    this.flush();
    return normaliseText(this.pieces.join('\n'));
  }

  private flush(): void {
    let first = 0;
    let end = this.verbatim.length;
    while (first < end && isBlank(this.verbatim[first]!)) first += 1;
    while (end > first && isBlank(this.verbatim[end - 1]!)) end -= 1;
    const lines = this.verbatim.slice(first, end);
    const common = lines.reduce((min, l) => (isBlank(l) ? min : Math.min(min, indentOf(l))), Infinity);
    if (lines.length > 0) this.pieces.push(lines.map((l) => dedent(l, common)).join('\n'));
    this.verbatim = [];
  }
}

function appendText(existing: string | null, added: string | null): string | null {
  return existing === null || added === null ? (existing ?? added) : `${existing}\n${added}`;
}

/** Applies a `Label: value` sub-bullet; false when `text` is not one (nor a verification line). */
function readSubBullet(text: string, line: number, item: RoadmapItemDraft, notes: ItemNotes): boolean {
  const field = FIELD.exec(text);
  if (!field) return VERIFICATION_LINE.test(text);
  const label = field[1]!.toLowerCase();
  const value = normaliseText(field[2]!);
  if (label === 'problem') item.problem = appendText(item.problem, value);
  else if (label.startsWith('expected')) item.expectedImpact = appendText(item.expectedImpact, value);
  else if (label.startsWith('note')) notes.addNote(value);
  else if (value === null) return true;
  else if (label === 'owner') item.owner = value;
  else if (label === 'priority') item.priority = parsePriority(value, line);
  else item.status = parseStatus(value, line);
  return true;
}

/** Fills fields and notes from the item's body lines (dedented to the item's content column). */
export function readItemBody(body: SourceLine[], item: RoadmapItemDraft): void {
  const notes = new ItemNotes();
  let j = 0;
  while (j < body.length) {
    const line = body[j]!;
    const fence = fenceOpenerOf(line.text);
    const marker = fence || isBlank(line.text) ? null : listMarkerOf(line.text);
    if (fence) {
      const end = fenceEnd(body, j, fence);
      notes.addVerbatim(textsOf(body, j, end + 1));
      j = end + 1;
    } else if (marker && marker.indent <= 3) {
      const end = blockEnd(body, j, marker.contentColumn);
      const text = [marker.content]
        .concat(body.slice(j + 1, end).map((l) => dedent(l.text, marker.contentColumn)))
        .join('\n');
      if (!readSubBullet(text, line.no, item, notes)) notes.addVerbatim(textsOf(body, j, end));
      j = end;
    } else {
      notes.addVerbatim([line.text]);
      j += 1;
    }
  }
  item.notes = notes.text();
}
