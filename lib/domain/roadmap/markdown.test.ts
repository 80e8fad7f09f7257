// Markdown export/import of roadmap checklists. The example report's roadmap section
// (fixtures/reports/manual-report-roadmap.md, copied from a team's hand-written degradation report: lines
// between "## 📋 IMPLEMENTATION ROADMAP" and "## 🚦")
// has 5 phases of 5, 4, 5, 4, 4 numbered items: Phase 4's are ⏳, all others ✅.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  markdownToRoadmap,
  normaliseRoadmapDraft,
  RoadmapImportError,
  roadmapToMarkdown,
} from './markdown';
import { shownStatus } from './shown-status';
import { ITEM_STATUSES, PRIORITIES } from './types';
import type { ItemVerification, Roadmap, RoadmapDraft, RoadmapItem, RoadmapItemDraft } from './types';

const draftItem = (fields: Partial<RoadmapItemDraft>): RoadmapItemDraft => ({
  priority: 'medium',
  title: 'Install PgBouncer',
  problem: null,
  expectedImpact: null,
  owner: null,
  status: 'todo',
  notes: null,
  ...fields,
});

function onlyItem(markdown: string): RoadmapItemDraft {
  const { phases } = markdownToRoadmap(markdown);
  expect(phases).toHaveLength(1);
  expect(phases[0]!.items).toHaveLength(1);
  return phases[0]!.items[0]!;
}

function importError(markdown: string): RoadmapImportError {
  try {
    markdownToRoadmap(markdown);
  } catch (e) {
    if (e instanceof RoadmapImportError) return e;
    throw e;
  }
  throw new Error('expected a RoadmapImportError');
}

describe('import: the item line', () => {
  test.each<[string, Partial<RoadmapItemDraft>]>([
    ['- [ ] Install PgBouncer', { status: 'todo', title: 'Install PgBouncer' }],
    ['- [x] Install PgBouncer', { status: 'done' }],
    ['- [X] Install PgBouncer', { status: 'done' }],
    ['* [ ] Install PgBouncer', { status: 'todo' }],
    ['+ [x] Install PgBouncer', { status: 'done' }],
    ['1. Install PgBouncer', { status: 'todo', title: 'Install PgBouncer' }],
    ['1. [ ] Install PgBouncer', { status: 'todo', title: 'Install PgBouncer' }],
    ['12) [x] Install PgBouncer', { status: 'done', title: 'Install PgBouncer' }],
    ['1. ✅ Setup Redis server', { status: 'done', title: 'Setup Redis server' }],
    ['1. ⏳ Setup replication', { status: 'in_progress', title: 'Setup replication' }],
    ['- ❌ Setup replication', { status: 'todo', title: 'Setup replication' }],
    ['- Install PgBouncer', { status: 'todo', title: 'Install PgBouncer' }],
    ['- [ ] [x] is text after the checkbox', { status: 'todo', title: '[x] is text after the checkbox' }],
    ['- [ ] **critical** Install', { priority: 'critical', title: 'Install' }],
    ['- [ ] **HIGH** Install', { priority: 'high', title: 'Install' }],
    ['- [ ] P0 Install', { priority: 'critical', title: 'Install' }],
    ['- [ ] p3: Install', { priority: 'low', title: 'Install' }],
    ['- [ ] [low] Install', { priority: 'low', title: 'Install' }],
    ['- [ ] **P1** Install', { priority: 'high', title: 'Install' }],
    ['1. ✅ [critical] Install', { priority: 'critical', status: 'done', title: 'Install' }],
    ['- [ ] Power up', { priority: 'medium', title: 'Power up' }],
    ['- [ ] **medium** **high** Install', { priority: 'medium', title: '**high** Install' }],
    ['- [ ] Install PgBouncer (owner: alice)', { owner: 'alice', title: 'Install PgBouncer' }],
    ['- [ ] Install PgBouncer (Owner:  Alice Smith )', { owner: 'Alice Smith', title: 'Install PgBouncer' }],
    ['- [ ] Install PgBouncer @alice', { owner: 'alice', title: 'Install PgBouncer' }],
    ['- [ ] Ask @bob.smith', { owner: 'bob.smith', title: 'Ask' }],
    ['- [ ] Mail ops@example.com', { owner: null, title: 'Mail ops@example.com' }],
    ['- [ ] Ping \\@bob', { owner: null, title: 'Ping @bob' }],
    ['- [ ] Keep \\(owner: x)', { owner: null, title: 'Keep (owner: x)' }],
    ['- [ ] @bob', { owner: null, title: '@bob' }],
    ['- [ ] Fix (owner: a) (owner: b)', { owner: 'b', title: 'Fix (owner: a)' }],
    ['- [ ] Fix (owner: )', { owner: null, title: 'Fix (owner: )' }],
  ])('%j', (markdown, expected) => {
    expect(onlyItem(markdown)).toMatchObject(expected);
  });
});

describe('import: the item body', () => {
  test.each<[string, string, Partial<RoadmapItemDraft>]>([
    [
      'fields',
      '- [ ] Install\n  - Problem: Out of connections\n  - Expected impact: Auth failures 70% -> 10%\n' +
        '  - Notes: see wiki',
      { problem: 'Out of connections', expectedImpact: 'Auth failures 70% -> 10%', notes: 'see wiki' },
    ],
    [
      'bold labels, any case',
      '- [ ] Install\n  * **Problem**: bold\n  * EXPECTED IMPACT: loud',
      { problem: 'bold', expectedImpact: 'loud' },
    ],
    [
      'Owner: overrides the inline owner',
      '- [ ] Install (owner: alice)\n  - Owner: bob',
      { owner: 'bob', title: 'Install' },
    ],
    ['Priority: overrides the inline priority', '- [ ] **low** Install\n  - Priority: P0', { priority: 'critical' }],
    ['Status: verified', '- [x] Install\n  - Status: verified', { status: 'verified' }],
    ['Status: In Progress', '- [ ] Install\n  - Status: In Progress', { status: 'in_progress' }],
    ['Status: in_progress', '- [ ] Install\n  - Status: in_progress', { status: 'in_progress' }],
    ['Status: overrides the checkbox', '- [x] Install\n  - Status: todo', { status: 'todo' }],
    ['an empty field is no value', '- [x] Install\n  - Status:\n  - Problem:', { status: 'done', problem: null }],
    [
      'a multi-line value',
      '- [ ] Install\n  - Problem:\n    line one\n\n      indented line',
      { problem: 'line one\n\n  indented line' },
    ],
    ['a value continued on the next lines', '- [ ] Install\n  - Notes: first\n    second', { notes: 'first\nsecond' }],
    [
      'verification lines are skipped',
      '- [x] Install\n  - Verified by run [Run 2](/runs/2)\n  - Broken again by run x (verified by y before)\n' +
        '  - Criteria not yet met\n  - Awaiting a run',
      { notes: null, status: 'done' },
    ],
    ['other sub-bullets go to notes', '- [ ] Install\n  - `/a/`\n  - `/b/`', { notes: '- `/a/`\n- `/b/`' }],
    ['nested lists keep their shape', '- [ ] Install\n  - sub\n    - subsub', { notes: '- sub\n  - subsub' }],
    [
      'a fenced block',
      '1. Install\n   ```sh\n   pgbouncer -d\n\n   - not a field: x\n   ```',
      { notes: '```sh\npgbouncer -d\n\n- not a field: x\n```' },
    ],
    [
      'notes in document order',
      '- [ ] Install\n  continued text\n  - Notes: n\n  - other',
      { notes: 'continued text\nn\n- other' },
    ],
    ['an unindented line ends the item', '- [ ] Install\n\nparagraph', { notes: null }],
    ['\\r\\n line ends', '- [ ] Install\r\n  - Problem:\r\n    a\r\n    b\r\n', { problem: 'a\nb' }],
  ])('%s', (_what, markdown, expected) => {
    expect(onlyItem(markdown)).toMatchObject(expected);
  });
});

describe('import: phases', () => {
  const titles = (markdown: string) => markdownToRoadmap(markdown).phases.map((p) => p.title);

  test('a document title above the phase headings is dropped with its text', () => {
    const { phases } = markdownToRoadmap(
      '# Roadmap\n\nIntro\n\n## Phase 1\n\nNotes 1\n\n- [ ] a\n\n## Phase 2 ##\n- [ ] b\n',
    );
    expect(phases.map((p) => [p.title, p.notes, p.items.length])).toEqual([
      ['Phase 1', 'Notes 1', 1],
      ['Phase 2', null, 1],
    ]);
  });

  test('deeper headings without items are phase notes', () => {
    expect(markdownToRoadmap('## P\n- [ ] a\n\n### Details\n\ntext').phases[0]!.notes).toBe('### Details\n\ntext');
  });

  test('items before any heading go to a phase "Roadmap"', () => {
    expect(titles('Intro\n- [ ] a\n\n## P\n\n- [ ] b')).toEqual(['Roadmap', 'P']);
    expect(markdownToRoadmap('Intro\n- [ ] a').phases[0]!.notes).toBe('Intro');
  });

  test('a shallower heading holding items directly is a phase too', () => {
    expect(titles('# Part\n- [ ] a\n## P\n- [ ] b\n# Appendix\n\ndropped')).toEqual(['Part', 'P']);
  });

  test('phase-level headings without items are empty phases', () => {
    expect(markdownToRoadmap('## A\n\n## B\n- [ ] b').phases.map((p) => p.items.length)).toEqual([0, 1]);
  });

  test('heading text: trimmed, closing #s stripped, empty -> "Untitled phase"', () => {
    expect(titles('##   C#  ##\n- [ ] a\n## x #\n## #\n## \\#')).toEqual(['C#', 'x', 'Untitled phase', '\\#']);
  });

  test('paragraphs around items are phase notes; rules are ignored', () => {
    const md = '## P\n\nBefore.\n\n- [ ] a\n\n**Expected Impact**: 2x\n\n---\n\n- [ ] b\n\nAfter.\n***\n';
    expect(markdownToRoadmap(md).phases[0]!.notes).toBe('Before.\n\n**Expected Impact**: 2x\n\nAfter.');
  });

  test('fenced code outside items is text, and escaped structure is unescaped', () => {
    const md =
      '## P\n\n```\n- [ ] not an item\n## not a heading\n```\n\\- escaped\n\\\\- kept \\ once\n\\plain\n\n- [ ] a';
    const phase = markdownToRoadmap(md).phases[0]!;
    expect(phase.items).toHaveLength(1);
    expect(phase.notes).toBe('```\n- [ ] not an item\n## not a heading\n```\n- escaped\n\\- kept \\ once\n\\plain');
  });

  test('\\r\\n, lone \\r and a byte order mark', () => {
    expect(markdownToRoadmap('\uFEFF## P\r\n\r\n- [ ] a\r- [x] b\r\n').phases[0]!.items.map((i) => i.title)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('import errors', () => {
  test('an unknown status names the line', () => {
    const e = importError('## P\n\n- [ ] a\n  - Status: later\n');
    expect(e.line).toBe(4);
    expect(e.message).toBe('line 4: unknown status "later" (todo, in progress, done, verified)');
  });

  test('an unknown priority names the line', () => {
    expect(importError('- [ ] a\n  - Priority: urgent').message).toBe(
      'line 2: unknown priority "urgent" (critical, high, medium, low, P0..P3)',
    );
  });

  test('an item without a title', () => {
    expect(importError('## P\n- [ ] **high**').message).toBe('line 2: task list item has no title');
  });

  test.each([
    ['empty', ''],
    ['text only', '# Roadmap\n\nNothing yet.\n'],
    ['items only in code', '```\n- [ ] a\n```'],
  ])('no items: %s', (_what, md) => {
    const e = importError(md);
    expect(e.line).toBeNull();
    expect(e.message).toBe('no task list items found: write lines such as `- [ ] Install PgBouncer`');
  });

  test('over 1 MiB of UTF-8 (checked in bytes, not characters)', () => {
    const item = '- [ ] a\n';
    expect(markdownToRoadmap(item + 'x'.repeat(MAX_IMPORT_BYTES - item.length)).phases).toHaveLength(1);
    expect(importError(item + 'x'.repeat(MAX_IMPORT_BYTES)).message).toMatch(/over 1 MiB/);
    expect(importError(item + 'é'.repeat(MAX_IMPORT_BYTES / 2)).message).toMatch(/over 1 MiB/);
  });

  test('pathological 1 MiB lines take linear time', () => {
    const line = (fill: string, end: string) => `- [ ] a ${fill.repeat(100_000)}${end}`;
    const md = [
      line('\\', '('),
      line(' ', 'x'),
      line('#', 'x'),
      line('@', ')'),
      line('- ', 'x'),
      `## a${' '.repeat(100_000)}x #`,
    ].join('\n');
    const started = performance.now();
    const { phases } = markdownToRoadmap(md);
    expect(phases.map((p) => p.items.length)).toEqual([5]);
    expect(phases[0]!.notes).toMatch(/^## a {100000}x #$/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('export', () => {
  test('the format', () => {
    const draft: RoadmapDraft = {
      phases: [
        {
          title: 'Infrastructure',
          notes: 'Connection limits first.\nThen caching.',
          items: [
            draftItem({
              priority: 'critical',
              owner: 'alice',
              problem: 'Running out of database connections at 100 users',
              expectedImpact: 'Auth failures 70% -> 10%',
              notes: 'Pool size 20',
            }),
            draftItem({ priority: 'high', title: 'Redis session store', status: 'verified' }),
            draftItem({ priority: 'low', title: 'Tune workers', status: 'in_progress' }),
            draftItem({ title: 'Ship', status: 'done' }),
          ],
        },
        { title: 'Later', notes: null, items: [] },
      ],
    };
    expect(roadmapToMarkdown(draft)).toBe(
      [
        '## Infrastructure',
        '',
        'Connection limits first.',
        'Then caching.',
        '',
        '- [ ] **critical** Install PgBouncer (owner: alice)',
        '  - Problem: Running out of database connections at 100 users',
        '  - Expected impact: Auth failures 70% -> 10%',
        '  - Notes: Pool size 20',
        '- [x] **high** Redis session store',
        '  - Status: verified',
        '- [ ] **low** Tune workers',
        '  - Status: in progress',
        '- [x] **medium** Ship',
        '',
        '## Later',
        '',
      ].join('\n'),
    );
    expect(roadmapToMarkdown(draft, { headingLevel: 3 })).toMatch(/^### Infrastructure\n[^]*\n### Later\n$/);
  });

  test('normalising and escaping', () => {
    const draft: RoadmapDraft = {
      phases: [
        {
          title: ' C#\r\nnotes ',
          notes: '- looks like an item\n## looks like a heading\n\\ backslash\nplain',
          items: [
            draftItem({ title: 'Ping\n@bob', owner: ' ', problem: '  \n\n', notes: '\r\nline one\r\n\n  indented\n' }),
            draftItem({ title: 'Keep (owner: x)', owner: 'Smith (ops)' }),
            draftItem({ title: '', owner: 'multi\nline' }),
          ],
        },
      ],
    };
    expect(roadmapToMarkdown(draft)).toBe(
      [
        '## C# notes',
        '',
        '\\- looks like an item',
        '\\## looks like a heading',
        '\\ backslash',
        'plain',
        '',
        '- [ ] **medium** Ping \\@bob',
        '  - Notes:',
        '    line one',
        '',
        '      indented',
        '- [ ] **medium** Keep \\(owner: x)',
        '  - Owner: Smith (ops)',
        '- [ ] **medium** Untitled item',
        '  - Owner:',
        '    multi',
        '    line',
        '',
      ].join('\n'),
    );
    expect(markdownToRoadmap(roadmapToMarkdown(draft))).toEqual(normaliseRoadmapDraft(draft));
  });

  test('heading titles ending in # get a closing sequence', () => {
    const md = roadmapToMarkdown({ phases: [{ title: 'Port to C#', notes: null, items: [draftItem({})] }] });
    expect(md.split('\n')[0]).toBe('## Port to C# #');
    expect(markdownToRoadmap(md).phases[0]!.title).toBe('Port to C#');
  });

  test('an empty roadmap is an empty document', () => {
    expect(roadmapToMarkdown({ phases: [] })).toBe('');
  });
});

describe('export with verification', () => {
  const stored = (id: string, fields: Partial<RoadmapItemDraft>): RoadmapItem => ({
    ...draftItem({ title: id, ...fields }),
    id,
    criterionIds: ['c1'],
    createdAt: '2025-01-01T00:00:00.000Z',
  });
  const roadmap: Roadmap = {
    phases: [
      {
        id: 'p1',
        title: 'Fixes',
        notes: null,
        items: [
          stored('verified-todo', { status: 'todo' }),
          stored('regressed', { status: 'done' }),
          stored('not-met', { status: 'in_progress' }),
          stored('awaiting', {}),
          stored('unlinked', {}),
          stored('unknown', {}),
        ],
      },
    ],
  };
  const run2 = { runId: 'r2', label: 'Run [2]' };
  const run3 = { runId: 'r 3', label: 'Run 3' };
  const verification = new Map<string, ItemVerification>([
    ['verified-todo', { state: 'verified', verifiedBy: run2, brokenBy: null, latestRun: null, latest: [] }],
    ['regressed', { state: 'regressed', verifiedBy: run2, brokenBy: run3, latestRun: null, latest: [] }],
    ['not-met', { state: 'not-met', verifiedBy: null, brokenBy: null, latestRun: null, latest: [] }],
    ['awaiting', { state: 'awaiting-run', verifiedBy: null, brokenBy: null, latestRun: null, latest: [] }],
    ['unlinked', { state: 'unlinked', verifiedBy: null, brokenBy: null, latestRun: null, latest: [] }],
  ]);

  test('with run links', () => {
    const md = roadmapToMarkdown(roadmap, { verification, runUrl: (id) => `/runs/${id}` });
    expect(md).toBe(
      [
        '## Fixes',
        '',
        '- [x] **medium** verified-todo',
        '  - Status: verified',
        '  - Verified by run [Run \\[2\\]](/runs/r2)',
        '- [x] **medium** regressed',
        '  - Broken again by run [Run 3](/runs/r%203) (verified by [Run \\[2\\]](/runs/r2) before)',
        '- [ ] **medium** not-met',
        '  - Status: in progress',
        '  - Criteria not yet met',
        '- [ ] **medium** awaiting',
        '  - Awaiting a run',
        '- [ ] **medium** unlinked',
        '- [ ] **medium** unknown',
        '',
      ].join('\n'),
    );
  });

  test('without run links, labels are plain text', () => {
    const md = roadmapToMarkdown(roadmap, { verification });
    expect(md).toContain('  - Verified by run Run [2]\n');
    expect(md).toContain('  - Broken again by run Run 3 (verified by Run [2] before)\n');
  });

  /** The roadmap as the page shows it: an item a run verifies is "verified" (shown-status.ts). */
  const asShown: Roadmap = {
    phases: roadmap.phases.map((p) => ({
      ...p,
      items: p.items.map((i) => ({ ...i, status: shownStatus(i.status, verification.get(i.id)).status })),
    })),
  };

  test('import skips verification lines and gives back the statuses the page shows', () => {
    const md = roadmapToMarkdown(roadmap, { verification, runUrl: (id) => `/runs/${id}`, headingLevel: 3 });
    expect(markdownToRoadmap(md)).toEqual(normaliseRoadmapDraft(asShown));
    expect(markdownToRoadmap(md).phases[0]!.items[0]!.status).toBe('verified');
  });

  test(
    'the checkbox agrees with the page: ticked exactly for items shown done or verified, ' +
      'never beside "Status: todo"',
    () => {
      const md = roadmapToMarkdown(roadmap, { verification });
      for (const item of roadmap.phases[0]!.items) {
        const shown = shownStatus(item.status, verification.get(item.id));
        expect(md).toContain(`- [${shown.checked ? 'x' : ' '}] **medium** ${item.title}\n`);
      }
      expect(md).not.toMatch(/- \[x\][^\n]*\n(?: {2}-[^\n]*\n)*? {2}- Status: (?:todo|in progress)/);
    },
  );

  test('a report embedding the roadmap under `## Roadmap` reads back the roadmap', () => {
    const report =
      '# Load test report\n\nSummary.\n\n## Roadmap\n' +
      `\n${roadmapToMarkdown(roadmap, { verification, headingLevel: 3 })}\n## Verdict\n\nGO\n`;
    expect(markdownToRoadmap(report)).toEqual(normaliseRoadmapDraft(asShown));
  });
});

describe('the example report roadmap', () => {
  // The section as copied into fixtures/reports (see its PROVENANCE.md): heading first, no end heading.
  const report = readFileSync(
    join(import.meta.dirname, '../../../fixtures/reports/manual-report-roadmap.md'),
    'utf8',
  ).split('\n');
  const start = report.findIndex((l) => l.startsWith('## 📋 IMPLEMENTATION ROADMAP'));
  const end = report.length;
  const section = report.slice(start + 1, end).join('\n');
  const { phases } = markdownToRoadmap(section);

  test('the section is there', () => {
    expect(start).toBe(0);
    expect(end).toBeGreaterThan(start);
  });

  test('phases, item counts and statuses', () => {
    expect(phases.map((p) => p.title)).toEqual([
      'Phase 1: Infrastructure (1-2 days)',
      'Phase 2: Application Caching (1 day)',
      'Phase 3: Query Optimization (2-3 days)',
      'Phase 4: Read Replica (Optional - 1 day)',
      'Phase 5: Retest & Validate (1 day)',
    ]);
    expect(phases.map((p) => p.items.length)).toEqual([5, 4, 5, 4, 4]);
    expect(phases.map((p) => [...new Set(p.items.map((i) => i.status))])).toEqual([
      ['done'],
      ['done'],
      ['done'],
      ['in_progress'],
      ['done'],
    ]);
    expect(phases[0]!.items[0]).toEqual(draftItem({ title: 'Setup Redis server', status: 'done' }));
    expect(phases[3]!.items[3]!.title).toBe('Monitor replication lag');
  });

  test('the endpoint sub-list and the SQL block stay in the items’ notes', () => {
    expect(phases[1]!.items[1]!.title).toBe('Add query result caching for heavy API endpoints:');
    expect(phases[1]!.items[1]!.notes).toBe(
      '- `/api/project/[id]/parameters/`\n- `/api/project/[id]/rekap-kebutuhan/validate/`\n' +
        '- `/api/v2/project/[id]/chart-data/`',
    );
    expect(phases[2]!.items[0]!.notes).toBe(
      [
        '```sql',
        'CREATE INDEX idx_project_owner ON project(owner_id);',
        'CREATE INDEX idx_pekerjaan_project ON pekerjaan(project_id, ordering_index);',
        'CREATE INDEX idx_tahapan_project ON tahapan(project_id, start_date);',
        '```',
      ].join('\n'),
    );
  });

  test('"**Expected Impact**" paragraphs are phase notes', () => {
    expect(phases.map((p) => p.notes)).toEqual([
      '**Expected Impact**: Auth failures 70% → 10%, connection errors eliminated',
      '**Expected Impact**: Dashboard failures 6.9% → 0%, median response 1,200ms → 300ms',
      '**Expected Impact**: P95 response 9,000ms → 2,500ms',
      '**Expected Impact**: Throughput 15 req/s → 22+ req/s',
      null,
    ]);
  });

  test('with its `## 📋` heading, that heading is a dropped title', () => {
    expect(markdownToRoadmap(report.slice(start, end).join('\n')).phases).toEqual(phases);
  });

  test('export and import again', () => {
    expect(markdownToRoadmap(roadmapToMarkdown({ phases }))).toEqual({ phases });
  });
});

describe('properties', () => {
  /** Pieces that mean something to the syntax, or to a sloppy parser. */
  const TRICKY = [
    '*',
    '**',
    '[',
    ']',
    '[ ]',
    '[x]',
    '(',
    ')',
    '(owner: x)',
    '(Owner:',
    '@bob',
    '@',
    '\\',
    '-',
    '- ',
    '+ ',
    '1. ',
    '2) ',
    '#',
    '## ',
    '###',
    '`',
    '```',
    '~~~',
    '---',
    '> ',
    ':',
    'Problem:',
    'Notes: ',
    'Status: later',
    'Verified by run',
    'Awaiting a run',
    '✅ ',
    '⏳',
    '❌',
    'P0 ',
    '**high** ',
    '[low]',
    '\n',
    '\r\n',
    '\r',
    '\n\n',
    '\n  ',
    '\n    ',
    '\n- ',
    '\n1. ',
    '\n## ',
    '\n```\n',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u2028',
    '\uFEFF',
    'x',
    'é',
    '日本',
    '😀',
  ];
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  );
  const text = fc.string({ unit, maxLength: 12 });
  const nullableText = fc.option(text, { nil: null });
  const item = fc.record({
    priority: fc.constantFrom(...PRIORITIES),
    title: text,
    problem: nullableText,
    expectedImpact: nullableText,
    owner: nullableText,
    status: fc.constantFrom(...ITEM_STATUSES),
    notes: nullableText,
  });
  const phase = fc.record({ title: text, notes: nullableText, items: fc.array(item, { maxLength: 4 }) });
  const draft = fc
    .record({ phases: fc.array(phase, { minLength: 1, maxLength: 4 }) })
    .filter((d) => d.phases.some((p) => p.items.length > 0));

  test('import(export(draft)) is the normalised draft', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom<2 | 3>(2, 3), (d, headingLevel) => {
        expect(markdownToRoadmap(roadmapToMarkdown(d, { headingLevel }))).toEqual(normaliseRoadmapDraft(d));
      }),
      { numRuns: 1000 },
    );
  });

  test('verification lines never change what is imported, beyond the status the page shows', () => {
    const state = fc.constantFrom<ItemVerification['state']>(
      'unlinked',
      'awaiting-run',
      'verified',
      'regressed',
      'not-met',
    );
    const run = fc.option(fc.record({ runId: text, label: text }), { nil: null });
    const verification = fc.record({
      state,
      verifiedBy: run,
      brokenBy: run,
      latestRun: run,
      latest: fc.constant<ItemVerification['latest']>([]),
    });
    fc.assert(
      fc.property(draft, fc.array(verification, { minLength: 16, maxLength: 16 }), (d, verifications) => {
        const roadmap: Roadmap = {
          phases: d.phases.map((p, i) => ({
            ...p,
            id: `p${i}`,
            items: p.items.map((it, j) => ({
              ...it,
              id: `${i}-${j}`,
              criterionIds: [],
              createdAt: '2025-01-01T00:00:00.000Z',
            })),
          })),
        };
        const byId = new Map(
          roadmap.phases.flatMap((p) => p.items).map((it, k) => [it.id, verifications[k % verifications.length]!]),
        );
        const md = roadmapToMarkdown(roadmap, { verification: byId, runUrl: (id) => `/runs/${id}` });
        const shown = {
          phases: roadmap.phases.map((p) => ({
            ...p,
            items: p.items.map((it) => ({ ...it, status: shownStatus(it.status, byId.get(it.id)).status })),
          })),
        };
        expect(markdownToRoadmap(md)).toEqual(normaliseRoadmapDraft(shown));
      }),
      { numRuns: 300 },
    );
  });

  test('any document imports to a draft that survives export (or fails with a RoadmapImportError)', () => {
    const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '\t');
    const lead = fc.constantFrom(
      '',
      '- ',
      '- [ ] ',
      '- [x] ',
      '* ',
      '1. ',
      '1. ✅ ',
      '# ',
      '## ',
      '### ',
      '```',
      '~~~',
      '---',
      '> ',
      '\\- ',
      '- Status: done',
      '- Problem: ',
      '- Notes:',
      '- Verified by run ',
      '- Priority: P1',
    );
    const line = fc.tuple(indent, lead, text).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        let imported: RoadmapDraft;
        try {
          imported = markdownToRoadmap(lines.join('\n'));
        } catch (e) {
          expect(e).toBeInstanceOf(RoadmapImportError);
          return;
        }
        expect(markdownToRoadmap(roadmapToMarkdown(imported))).toEqual(imported);
      }),
      { numRuns: 1000 },
    );
  });
});
