// Markdown task lists -> RoadmapDraft, tolerant of hand-written reports. The format is described in
// markdown.ts; line syntax is in markdown-lines.ts, items in markdown-item.ts.
//
// Reading model:
// - Headings split the document into sections; the document start is a level-0 section titled "Roadmap".
//   Phase level = the deepest heading level whose section directly holds an item. Sections at that level,
//   and shallower ones that directly hold items, are phases; other shallower sections (a document title)
//   are dropped with their text; deeper headings are phase notes text.
// - Items: list lines indented 0-3 columns outside fenced code. Following lines indented at least
//   min(content column, marker indent + 2) columns, with blank lines between them, are the item's body.
// - Phase notes: every other line of the phase; runs separated by items are joined by a blank line.
//   `\` before a line that would otherwise read as structure (`\- x`, `\## x`) is removed.
// Performance: linear in the input; no regex may backtrack quadratically on a 1 MiB line.
import { RoadmapImportError } from './markdown-error';
import { parseItemLine, readItemBody } from './markdown-item';
import {
  blockEnd,
  dedent,
  fenceEnd,
  fenceOpenerOf,
  headingOf,
  isThematicBreak,
  listMarkerOf,
  textsOf,
  unescapeNoteLine,
  type SourceLine,
} from './markdown-lines';
import { normaliseText, UNTITLED_PHASE } from './markdown-normal';
import type { RoadmapDraft, RoadmapItemDraft } from './types';

/** Largest accepted input, in bytes of UTF-8 (1 MiB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** Title of the phase holding items written before any heading. */
export const DEFAULT_PHASE_TITLE = 'Roadmap';

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
      readItemBody(
        lines.slice(i + 1, end).map((l) => ({ text: dedent(l.text, bodyIndent), no: l.no })),
        item,
      );
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
    if (block.kind === 'heading')
      sections.push({ level: block.level, title: block.title || UNTITLED_PHASE, raw: block.raw, blocks: [] });
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
    const notes = this.runs
      .map((run) => run.join('\n').trim())
      .filter((run) => run !== '')
      .join('\n\n');
    return { title: this.title, notes: normaliseText(notes), items: this.items };
  }
}

function holdsItems(section: Section): boolean {
  return section.blocks.some((b) => b.kind === 'item');
}

function phasesOf(sections: Section[]): RoadmapDraft['phases'] {
  const phaseLevel = sections.reduce((deepest, s) => (holdsItems(s) ? Math.max(deepest, s.level) : deepest), -1);
  if (phaseLevel < 0)
    throw new RoadmapImportError('no task list items found: write lines such as `- [ ] Install PgBouncer`', null);
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
  if (bytes > MAX_IMPORT_BYTES)
    throw new RoadmapImportError(`the document is over 1 MiB (${MAX_IMPORT_BYTES} bytes of UTF-8)`, null);
  const lines = markdown
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, k) => ({ text, no: k + 1 }));
  return { phases: phasesOf(sectionsOf(tokenize(lines))) };
}
