// Roadmap -> Markdown task lists (format in markdown.ts). Everything is written in normal form
// (markdown-normal.ts) and escaped through the import's line syntax (markdown-lines.ts, markdown-owner.ts)
// so that it reads back exactly.
import { escapeNoteLine } from './markdown-lines';
import { normaliseItem, normaliseText, normaliseTitle, UNTITLED_PHASE } from './markdown-normal';
import { protectOwnerSuffix } from './markdown-owner';
import { shownStatus } from './shown-status';
import type { ItemStatus, ItemVerification, Roadmap, RoadmapDraft, RoadmapItemDraft } from './types';

export interface RoadmapMarkdownOptions {
  /** Computed verification by item id; only Roadmap items (which have ids) get a verification line. */
  verification?: Map<string, ItemVerification>;
  /** Link target of a run; without it run labels are written as plain text. */
  runUrl?: (runId: string) => string;
  /** 2 (default): phases are `##` sections; 3 when embedded under a report's `## Roadmap`. */
  headingLevel?: 2 | 3;
}

type ExportedItem = RoadmapItemDraft & { id?: string };
type ExportedPhase = { title: string; notes: string | null; items: ExportedItem[] };
type RunRef = { runId: string; label: string };

const STATUS_LABELS: Record<ItemStatus, string> = {
  todo: 'todo',
  in_progress: 'in progress',
  done: 'done',
  verified: 'verified',
};
/** Owners written as `(owner: NAME)` on the item line; others go to an `Owner:` sub-bullet. */
const INLINE_OWNER = /^[^()\n]+$/;
/** Indentation of sub-bullets and of their continuation lines, in columns. */
const SUB_BULLET = '  - ';
const CONTINUATION = '    ';

export function roadmapToMarkdown(roadmap: Roadmap | RoadmapDraft, options: RoadmapMarkdownOptions = {}): string {
  const phases: readonly ExportedPhase[] = roadmap.phases;
  if (phases.length === 0) return '';
  return `${phases.map((phase) => phaseToMarkdown(phase, options).join('\n')).join('\n\n')}\n`;
}

function phaseToMarkdown(phase: ExportedPhase, options: RoadmapMarkdownOptions): string[] {
  let lines = [headingLine(options.headingLevel ?? 2, normaliseTitle(phase.title, UNTITLED_PHASE))];
  const notes = normaliseText(phase.notes);
  if (notes !== null) lines = lines.concat('', notes.split('\n').map(escapeNoteLine));
  if (phase.items.length > 0)
    lines = lines.concat(
      '',
      phase.items.flatMap((item) => itemToMarkdown(item, options)),
    );
  return lines;
}

/** A title ending in `#` gets a closing ` #`, which import strips (CommonMark does the same). */
function headingLine(level: number, title: string): string {
  return `${'#'.repeat(level)} ${title}${title.endsWith('#') ? ' #' : ''}`;
}

function itemToMarkdown(item: ExportedItem, options: RoadmapMarkdownOptions): string[] {
  const draft = normaliseItem(item);
  const verification = item.id === undefined ? undefined : options.verification?.get(item.id);
  // As the page shows it: a run that verifies the item makes it "verified" (shown-status.ts).
  const { status, checked } = shownStatus(draft.status, verification);
  const inlineOwner = draft.owner !== null && INLINE_OWNER.test(draft.owner) ? draft.owner : null;
  const title = inlineOwner === null ? protectOwnerSuffix(draft.title) : `${draft.title} (owner: ${inlineOwner})`;

  let lines = [`- [${checked ? 'x' : ' '}] **${draft.priority}** ${title}`];
  lines = lines.concat(
    fieldLines('Problem', draft.problem),
    fieldLines('Expected impact', draft.expectedImpact),
    fieldLines('Owner', inlineOwner === null ? draft.owner : null),
    fieldLines('Notes', draft.notes),
  );
  // The checkbox says todo or done; other statuses (verified, by people or by a run) need saying.
  if (status !== (checked ? 'done' : 'todo')) lines.push(`${SUB_BULLET}Status: ${STATUS_LABELS[status]}`);
  const verified = verification && verificationLine(verification, options.runUrl);
  if (verified) lines.push(`${SUB_BULLET}${verified}`);
  return lines;
}

/** `Label: value` on one line, or `Label:` followed by the value's lines indented 4 columns. */
function fieldLines(label: string, value: string | null): string[] {
  if (value === null) return [];
  if (!value.includes('\n')) return [`${SUB_BULLET}${label}: ${value}`];
  const continuation = value.split('\n').map((line) => (line === '' ? '' : `${CONTINUATION}${line}`));
  return [`${SUB_BULLET}${label}:`].concat(continuation);
}

/** Import skips these lines (they start with the phrases markdown-item.ts knows). */
function verificationLine(v: ItemVerification, runUrl: RoadmapMarkdownOptions['runUrl']): string | null {
  const ref = (run: RunRef) => runReference(run, runUrl);
  switch (v.state) {
    case 'verified':
      return v.verifiedBy ? `Verified by run ${ref(v.verifiedBy)}` : 'Verified by a run';
    case 'regressed': {
      const broken = v.brokenBy ? `Broken again by run ${ref(v.brokenBy)}` : 'Broken again by the latest run';
      return v.verifiedBy ? `${broken} (verified by ${ref(v.verifiedBy)} before)` : broken;
    }
    case 'not-met':
      return 'Criteria not yet met';
    case 'awaiting-run':
      return 'Awaiting a run';
    case 'unlinked':
      return null;
  }
}

function runReference(run: RunRef, runUrl: RoadmapMarkdownOptions['runUrl']): string {
  const label = oneLine(run.label) || oneLine(run.runId) || 'unnamed run';
  if (!runUrl) return label;
  return `[${label.replace(/[\\[\]]/g, '\\$&')}](${linkDestination(runUrl(run.runId))})`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A URL usable inside `(...)`: whitespace, parentheses and angle brackets percent-encoded. */
function linkDestination(url: string): string {
  return url.replace(/[\s()<>]/g, (ch) =>
    ch.charCodeAt(0) < 0x80
      ? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
      : encodeURIComponent(ch),
  );
}
