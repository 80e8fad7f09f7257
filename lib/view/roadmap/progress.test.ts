import { expect, test } from 'vitest';
import type { ItemStatus, ItemVerification, Roadmap, RoadmapItem, VerificationState } from '../../domain/roadmap/types';
import { progressText, roadmapProgress } from './progress';

const item = (id: string, status: ItemStatus): RoadmapItem => ({
  id,
  status,
  priority: 'medium',
  title: id,
  problem: null,
  expectedImpact: null,
  owner: null,
  notes: null,
  criterionIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
});
const run = { runId: 'r', label: 'r' };
const v = (state: VerificationState): ItemVerification => ({
  state,
  verifiedBy: state === 'verified' || state === 'regressed' ? run : null,
  brokenBy: state === 'regressed' ? run : null,
  latestRun: null,
  latest: [],
});

test.each<[string, [ItemStatus, VerificationState][], string]>([
  ['empty', [], '0 of 0 items done'],
  ['one unlinked item', [['todo', 'unlinked']], '0 of 1 item done'],
  [
    'people tick items',
    [
      ['done', 'unlinked'],
      ['verified', 'unlinked'],
      ['in_progress', 'unlinked'],
    ],
    '2 of 3 items done',
  ],
  [
    'a run verifies a todo item',
    [
      ['todo', 'verified'],
      ['todo', 'not-met'],
    ],
    '1 of 2 items done · 1 verified by a run',
  ],
  [
    'linked but nothing verified yet',
    [
      ['done', 'awaiting-run'],
      ['todo', 'not-met'],
    ],
    '1 of 2 items done · 0 verified by runs',
  ],
  [
    'broken again',
    [
      ['done', 'regressed'],
      ['done', 'verified'],
      ['todo', 'verified'],
      ['todo', 'unlinked'],
    ],
    '3 of 4 items done · 2 verified by runs · 1 broken again',
  ],
])('%s: %s', (_what, rows, text) => {
  const items = rows.map(([status], i) => item(`i${i}`, status));
  const roadmap: Roadmap = {
    phases: [
      { id: 'p1', title: 'A', notes: null, items: items.slice(0, 2) },
      { id: 'p2', title: 'B', notes: null, items: items.slice(2) },
    ],
  };
  const verification = Object.fromEntries(rows.map(([, state], i) => [`i${i}`, v(state)]));
  expect(progressText(roadmapProgress(roadmap, verification))).toBe(text);
});
