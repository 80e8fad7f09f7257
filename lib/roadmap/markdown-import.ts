// Markdown task lists -> RoadmapDraft, tolerant of hand-written reports. Also the line syntax that
// markdown-export.ts writes through, so that markdownToRoadmap(roadmapToMarkdown(d)) equals
// normaliseRoadmapDraft(d) for every draft d. The format is described in markdown.ts.
//
// Reading model:
// - Headings split the document into sections; the document start is a level-0 section titled "Roadmap".
//   Phase level = the deepest heading level whose section directly holds an item. Sections at that level,
//   and shallower ones that directly hold items, are phases; other shallower sections (a document title)
//   are dropped with their text; deeper headings are phase notes text.
// - Items: list lines indented 0-3 columns outside fenced code. Following lines indented at least
//   min(content column, marker indent + 2) columns, with blank lines between them, are the item's body.
// - Item body: sub-bullets `Label: value` fill fields, run-verification lines are skipped, everything else
//   is appended to the notes verbatim (dedented).
// - Phase notes: every other line of the phase; runs separated by items are joined by a blank line.
//   `\` before a line that would otherwise read as structure (`\- x`, `\## x`) is removed.
// Performance: linear in the input; no regex here may backtrack quadratically on a 1 MiB line.
import type { ItemStatus, Priority, RoadmapDraft, RoadmapItemDraft } from './types';

/** Largest accepted input, in bytes of UTF-8 (1 MiB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** Title of the phase holding items written before any heading. */
export const DEFAULT_PHASE_TITLE = 'Roadmap';
export const UNTITLED_PHASE = 'Untitled phase';
export const UNTITLED_ITEM = 'Untitled item';

export class RoadmapImportError extends Error {
  /** 1-based line of the input; null when the whole document is at fault. */
  readonly line: number | null;
  readonly reason: string;

  constructor(reason: string, line: number | null) {
    super(line === null ? reason : `line ${line}: ${reason}`);
    this.name = 'RoadmapImportError';
    this.line = line;
    this.reason = reason;
  }
}

// ---- Normal form: single-line trimmed titles; trimmed "\n"-separated text fields, "" -> null. ----

export function normaliseTitle(title: string, fallback: string): string {
  return title.replace(/\r\n|\r|\n/g, ' ').trim() || fallback;
}

export function normaliseText(text: string | null): string | null {
  if (text === null) return null;
  return text.replace(/\r\n?/g, '\n').trim() || null;
}

/** The draft fields only (ids and links dropped), in normal form. */
export function normaliseItem(item: RoadmapItemDraft): RoadmapItemDraft {
  return {
    priority: item.priority,
    title: normaliseTitle(item.title, UNTITLED_ITEM),
    problem: normaliseText(item.problem),
    expectedImpact: normaliseText(item.expectedImpact),
    owner: normaliseText(item.owner),
    status: item.status,
    notes: normaliseText(item.notes),
  };
}

/** What markdownToRoadmap(roadmapToMarkdown(draft)) returns. */
export function normaliseRoadmapDraft(draft: RoadmapDraft): RoadmapDraft {
  return {
    phases: draft.phases.map((phase) => ({
      title: normaliseTitle(phase.title, UNTITLED_PHASE),
      notes: normaliseText(phase.notes),
      items: phase.items.map(normaliseItem),
    })),
  };
}

// ---- Line syntax ----

/** Columns per tab stop. */
const TAB_STOP = 4;

/** Columns of leading spaces and tabs. */
export function indentOf(line: string): number {
  let column = 0;
  for (const ch of line) {
    if (ch === ' ') column += 1;
    else if (ch === '\t') column += TAB_STOP - (column % TAB_STOP);
    else break;
  }
  return column;
}

/** `line` without its first `columns` columns of indentation; a tab split by the cut leaves spaces. */
export function dedent(line: string, columns: number): string {
  let column = 0;
  let i = 0;
  while (i < line.length && column < columns) {
    const ch = line[i];
    if (ch === '\t') {
      const next = column + TAB_STOP - (column % TAB_STOP);
      if (next > columns) return ' '.repeat(next - columns) + line.slice(i + 1);
      column = next;
    } else if (ch === ' ') column += 1;
    else break;
    i += 1;
  }
  return line.slice(i);
}

export function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

export interface ListMarker {
  /** Columns before the marker. */
  indent: number;
  /** Column where the item's text starts. */
  contentColumn: number;
  /** The text after the marker. */
  content: string;
}

const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/s;

export function listMarkerOf(line: string): ListMarker | null {
  const m = LIST_MARKER.exec(line);
  if (!m) return null;
  const indent = indentOf(m[1]!);
  const content = m[4] ?? '';
  // CommonMark: 1-4 spaces after the marker belong to it; more (or none, on an empty item) count as 1.
  const gap = m[3]?.length ?? 1;
  const markerWidth = m[2]!.length + (gap > 4 || content === '' ? 1 : gap);
  return { indent, contentColumn: indent + markerWidth, content };
}

/** A heading's level (1-6) and text without the closing `#` sequence; null for other lines. */
export function headingOf(line: string): { level: number; title: string } | null {
  if (indentOf(line) > 3) return null;
  const m = /^[ \t]*(#{1,6})(?:[ \t](.*))?$/s.exec(line);
  if (!m) return null;
  return { level: m[1]!.length, title: headingText(m[2] ?? '') };
}

function headingText(content: string): string {
  const text = content.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0) return '';
  const closed = end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t');
  return (closed ? text.slice(0, end) : text).trim();
}

export function isThematicBreak(line: string): boolean {
  return indentOf(line) <= 3 && /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line);
}

export interface Fence {
  char: string;
  /** Length of the opening run of backticks or tildes. */
  length: number;
}

export function fenceOpenerOf(line: string): Fence | null {
  if (indentOf(line) > 3) return null;
  const m = /^[ \t]*(`{3,}|~{3,})(.*)$/s.exec(line);
  if (!m) return null;
  const run = m[1]!;
  if (run[0] === '`' && m[2]!.includes('`')) return null;
  return { char: run[0]!, length: run.length };
}

function closesFence(line: string, fence: Fence): boolean {
  if (indentOf(line) > 3) return false;
  const run = line.trim();
  return run.length >= fence.length && /^(`+|~+)$/.test(run) && run[0] === fence.char;
}

/** Whether a line outside items reads as structure (heading, rule, fence, list item) rather than text. */
export function isStructural(line: string): boolean {
  const marker = listMarkerOf(line);
  return headingOf(line) !== null || isThematicBreak(line) || fenceOpenerOf(line) !== null || (marker !== null && marker.indent <= 3);
}

/** A phase-notes line as read: `\` removed before structure (and before another `\`). */
export function unescapeNoteLine(line: string): string {
  const m = /^([ \t]*)\\(.*)$/s.exec(line);
  if (!m) return line;
  const unescaped = m[1]! + m[2]!;
  return isStructural(unescaped) || m[2]!.startsWith('\\') ? unescaped : line;
}

/** Inverse of unescapeNoteLine, and never structural: unescapeNoteLine(escapeNoteLine(l)) === l. */
export function escapeNoteLine(line: string): string {
  if (!isStructural(line) && unescapeNoteLine(line) === line) return line;
  const indent = /^[ \t]*/.exec(line)![0];
  return `${indent}\\${line.slice(indent.length)}`;
}

interface OwnerSuffix {
  /** Index where the suffix starts, including the backslashes that escape it. */
  start: number;
  backslashes: number;
  owner: string;
}

const OWNER_HANDLE = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*$/u;

/** A trailing `(owner: NAME)` or ` @name`, possibly preceded by backslashes. */
function matchOwnerSuffix(text: string): OwnerSuffix | null {
  return matchParenOwner(text) ?? matchHandleOwner(text);
}

function matchParenOwner(text: string): OwnerSuffix | null {
  if (!text.endsWith(')')) return null;
  const open = text.lastIndexOf('(');
  const inside = open < 0 ? null : /^owner:([^)]*)\)$/is.exec(text.slice(open + 1));
  const owner = inside?.[1]!.trim();
  if (!owner) return null;
  const start = backslashRunStart(text, open);
  return { start, backslashes: open - start, owner };
}

function matchHandleOwner(text: string): OwnerSuffix | null {
  const at = text.lastIndexOf('@');
  if (at < 0 || !OWNER_HANDLE.test(text.slice(at + 1))) return null;
  const start = backslashRunStart(text, at);
  if (start > 0 && !/\s/.test(text[start - 1]!)) return null;
  return { start, backslashes: at - start, owner: text.slice(at + 1) };
}

function backslashRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && text[start - 1] === '\\') start -= 1;
  return start;
}

/** An item's text split into title and trailing owner; `\` before the suffix keeps it in the title. */
export function splitOwnerSuffix(text: string): { title: string; owner: string | null } {
  const suffix = matchOwnerSuffix(text);
  if (!suffix) return { title: text, owner: null };
  if (suffix.backslashes > 0) return { title: text.slice(0, suffix.start) + text.slice(suffix.start + 1), owner: null };
  const title = text.slice(0, suffix.start).trim();
  return title === '' ? { title: text, owner: null } : { title, owner: suffix.owner };
}

/** The title as written before anything but an owner suffix: splitOwnerSuffix(protect(t)).title === t. */
export function protectOwnerSuffix(title: string): string {
  const unchanged = splitOwnerSuffix(title);
  if (unchanged.owner === null && unchanged.title === title) return title;
  const suffix = matchOwnerSuffix(title)!;
  return `${title.slice(0, suffix.start)}\\${title.slice(suffix.start)}`;
}

// ---- Items ----

const PRIORITY_WORDS = new Map<string, Priority>([
  ['critical', 'critical'], ['high', 'high'], ['medium', 'medium'], ['low', 'low'],
  ['p0', 'critical'], ['p1', 'high'], ['p2', 'medium'], ['p3', 'low'],
]);

const STATUS_WORDS = new Map<string, ItemStatus>([
  ['todo', 'todo'], ['to do', 'todo'], ['to-do', 'todo'],
  ['in progress', 'in_progress'], ['in_progress', 'in_progress'], ['in-progress', 'in_progress'],
  ['done', 'done'], ['verified', 'verified'],
]);

const EMOJI_STATUS = new Map<string, ItemStatus>([['✅', 'done'], ['⏳', 'in_progress'], ['❌', 'todo']]);

const CHECKBOX = /^\[([ xX])\](?:[ \t]+|$)/;
const STATUS_EMOJI = /^(✅|⏳|❌)\uFE0F?(?:[ \t]+|$)/u;
const PRIORITY_TOKEN = /^(?:\*\*(critical|high|medium|low|p[0-3])\*\*|\[(critical|high|medium|low|p[0-3])\]|(p[0-3]):?)(?:[ \t]+|$)/i;
const FIELD = /^\**(problem|expected[ _-]?impact|notes?|owner|priority|status)\**[ \t]*:\**(.*)$/is;
/** Lines roadmapToMarkdown writes from computed verification; not part of the draft. */
const VERIFICATION_LINE = /^(verified by|broken again|criteria not yet met|not yet met|awaiting a run)\b/i;

interface SourceLine {
  text: string;
  /** 1-based line of the input. */
  no: number;
}

function parsePriority(value: string, line: number): Priority {
  const priority = PRIORITY_WORDS.get(value.toLowerCase());
  if (priority === undefined) throw new RoadmapImportError(`unknown priority "${value}" (critical, high, medium, low, P0..P3)`, line);
  return priority;
}

function parseStatus(value: string, line: number): ItemStatus {
  const status = STATUS_WORDS.get(value.toLowerCase().replace(/\s+/g, ' '));
  if (status === undefined) throw new RoadmapImportError(`unknown status "${value}" (todo, in progress, done, verified)`, line);
  return status;
}

/** The item line after its list marker: `[ ] **high** Title (owner: x)` and hand-written variants. */
function parseItemLine(content: string, line: number): RoadmapItemDraft {
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

/** End (exclusive) of the block starting at `start`: the following lines indented >= `minIndent`, with blank lines between them. */
function blockEnd(lines: SourceLine[], start: number, minIndent: number): number {
  let end = start + 1;
  for (let k = start + 1; k < lines.length; k += 1) {
    const text = lines[k]!.text;
    if (isBlank(text)) continue;
    if (indentOf(text) < minIndent) break;
    end = k + 1;
  }
  return end;
}

/** Index of the line closing the fence opened at `open`; the last line when it stays open. */
function fenceEnd(lines: SourceLine[], open: number, fence: Fence): number {
  for (let k = open + 1; k < lines.length; k += 1) if (closesFence(lines[k]!.text, fence)) return k;
  return lines.length - 1;
}

function textsOf(lines: SourceLine[], start: number, end: number): string[] {
  return lines.slice(start, end).map((l) => l.text);
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
function readItemBody(body: SourceLine[], item: RoadmapItemDraft): void {
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
      const text = [marker.content].concat(body.slice(j + 1, end).map((l) => dedent(l.text, marker.contentColumn))).join('\n');
      if (!readSubBullet(text, line.no, item, notes)) notes.addVerbatim(textsOf(body, j, end));
      j = end;
    } else {
      notes.addVerbatim([line.text]);
      j += 1;
    }
  }
  item.notes = notes.text();
}

// ---- Document ----

type Block =
  | { kind: 'heading'; level: number; title: string; raw: string }
  | { kind: 'item'; item: RoadmapItemDraft }
  | { kind: 'text'; text: string };

function tokenize(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = fenceOpenerOf(line.text);
    const heading = headingOf(line.text);
    const marker = listMarkerOf(line.text);
    if (fence) {
      const end = fenceEnd(lines, i, fence);
      for (const text of textsOf(lines, i, end + 1)) blocks.push({ kind: 'text', text });
      i = end + 1;
    } else if (heading) {
      blocks.push({ kind: 'heading', ...heading, raw: line.text });
      i += 1;
    } else if (isThematicBreak(line.text)) {
      i += 1;
    } else if (marker && marker.indent <= 3) {
      const bodyIndent = Math.min(marker.contentColumn, marker.indent + 2);
      const end = blockEnd(lines, i, bodyIndent);
      const item = parseItemLine(marker.content, line.no);
      readItemBody(lines.slice(i + 1, end).map((l) => ({ text: dedent(l.text, bodyIndent), no: l.no })), item);
      blocks.push({ kind: 'item', item });
      i = end;
    } else {
      blocks.push({ kind: 'text', text: unescapeNoteLine(line.text) });
      i += 1;
    }
  }
  return blocks;
}

interface Section {
  level: number;
  title: string;
  /** The heading line; null for the document start. */
  raw: string | null;
  blocks: Block[];
}

function sectionsOf(blocks: Block[]): Section[] {
  const sections: Section[] = [{ level: 0, title: DEFAULT_PHASE_TITLE, raw: null, blocks: [] }];
  for (const block of blocks) {
    if (block.kind === 'heading') sections.push({ level: block.level, title: block.title || UNTITLED_PHASE, raw: block.raw, blocks: [] });
    else sections.at(-1)!.blocks.push(block);
  }
  return sections;
}

class PhaseBuilder {
  private readonly items: RoadmapItemDraft[] = [];
  /** Runs of notes lines, split by items. */
  private readonly runs: string[][] = [[]];
  private readonly title: string;

  constructor(title: string) {
    this.title = title;
  }

  addLine(text: string): void {
    this.runs.at(-1)!.push(text);
  }

  add(block: Block): void {
    if (block.kind === 'text') this.addLine(block.text);
    else if (block.kind === 'item') {
      this.items.push(block.item);
      if (this.runs.at(-1)!.length > 0) this.runs.push([]);
    }
  }

  build(): RoadmapDraft['phases'][number] {
    const notes = this.runs.map((run) => run.join('\n').trim()).filter((run) => run !== '').join('\n\n');
    return { title: this.title, notes: normaliseText(notes), items: this.items };
  }
}

function holdsItems(section: Section): boolean {
  return section.blocks.some((b) => b.kind === 'item');
}

function phasesOf(sections: Section[]): RoadmapDraft['phases'] {
  const phaseLevel = sections.reduce((deepest, s) => (holdsItems(s) ? Math.max(deepest, s.level) : deepest), -1);
  if (phaseLevel < 0) throw new RoadmapImportError('no task list items found: write lines such as `- [ ] Install PgBouncer`', null);
  const phases: PhaseBuilder[] = [];
  let current: PhaseBuilder | null = null;
  for (const section of sections) {
    if (section.level === phaseLevel || (section.level < phaseLevel && holdsItems(section))) {
      current = new PhaseBuilder(section.title);
      phases.push(current);
    } else if (section.level < phaseLevel) {
      current = null;
    } else {
      current?.addLine(section.raw!);
    }
    for (const block of section.blocks) current?.add(block);
  }
  return phases.map((p) => p.build());
}

/** Bytes of UTF-8; any count above MAX_IMPORT_BYTES when that is obvious from the UTF-16 length. */
function utf8Length(text: string): number {
  return text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

export function markdownToRoadmap(markdown: string): RoadmapDraft {
  const bytes = utf8Length(markdown);
  if (bytes > MAX_IMPORT_BYTES) throw new RoadmapImportError(`the document is over 1 MiB (${MAX_IMPORT_BYTES} bytes of UTF-8)`, null);
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((text, k) => ({ text, no: k + 1 }));
  return { phases: phasesOf(sectionsOf(tokenize(lines))) };
}
