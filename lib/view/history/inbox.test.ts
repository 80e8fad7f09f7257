import { describe, expect, test } from 'vitest';
import type { ChangePointView } from '../../domain/history/change-point-view';
import { inboxView, metadataLine, pValueWords } from './inbox';

const point = (over: Partial<ChangePointView>): ChangePointView => ({
  id: 'cp_1',
  projectId: 'prj_1',
  metric: 'p95Ms',
  scope: 'endpoint:POST /login',
  users: '50',
  runId: 'run_b',
  previousRunId: 'run_a',
  eraStartRunId: 'run_0',
  meanBefore: 1200,
  meanAfter: 1680,
  magnitude: 0.4,
  magnitudeLow: 0.32,
  magnitudeHigh: 0.48,
  pValue: 1e-7,
  status: 'open',
  note: null,
  decidedBy: null,
  decidedAt: null,
  detectedAt: '2026-12-06T10:00:00.000Z',
  metadataChanges: [{ field: 'commit', before: 'aaaaaaaaaaaaaaaa', after: 'bbbbbbbbbbbbbbbb' }],
  ...over,
});
const labels = new Map([
  ['run_a', 'nightly 11'],
  ['run_b', 'nightly 12'],
]);

describe('the inbox', () => {
  test.each<[string, ChangePointView[], string, string]>([
    ['nothing', [], 'No open regression', 'neutral'],
    [
      'an open regression',
      [point({})],
      '1 open regression; the newest: P95 of POST /login: 1,200 ms → 1,680 ms, +40% (+32% to +48%)',
      'bad',
    ],
    [
      'an improvement only',
      [point({ magnitude: -0.3, meanAfter: 840 })],
      'No open regression; 1 improvement to acknowledge',
      'ok',
    ],
    [
      'a decided regression',
      [point({ status: 'dismissed', decidedBy: 'Ana', decidedAt: '2026-12-06T11:00:00Z' })],
      'No open regression',
      'neutral',
    ],
  ])('%s', (_, points, headline, tone) => {
    const view = inboxView(points, 'prj_1', labels);
    expect(view.headline).toBe(headline);
    expect(view.tone).toBe(tone);
  });

  test('an item says the runs around it, what changed, its evidence and where its trend is', () => {
    const [item] = inboxView([point({})], 'prj_1', labels).items;
    expect(item).toMatchObject({
      kind: 'regression',
      runs: 'Between “nightly 11” and “nightly 12”',
      changes: ['commit aaaaaaaaaaaa → bbbbbbbbbbbb'],
      evidence: 'p < 0.001',
      users: 'at 50 users',
      decision: null,
      trendHref: '/projects/prj_1/trends?metric=p95Ms&scope=endpoint%3APOST+%2Flogin&users=50',
    });
    const gone = inboxView(
      [point({ runId: 'run_x', status: 'acknowledged', decidedBy: 'Ana', decidedAt: '2026-12-06T11:00:00Z' })],
      'prj_1',
      labels,
    );
    expect(gone.items[0]).toMatchObject({
      runs: 'Between “nightly 11” and run run_x (deleted)',
      decision: 'Acknowledged by Ana on 2026-12-06',
    });
  });

  test('open regressions come first, then improvements, then decided ones', () => {
    const view = inboxView(
      [point({ id: 'd', status: 'dismissed' }), point({ id: 'i', magnitude: -0.2 }), point({ id: 'r' })],
      'prj_1',
      labels,
    );
    expect(view.items.map((i) => i.id)).toEqual(['r', 'i', 'd']);
  });

  test.each([
    [0.0004, 'p < 0.001'],
    [0.0012, 'p = 0.0012'],
  ])('p %d → %s', (p, words) => expect(pValueWords(p)).toBe(words));

  test('metadata lines shorten hashes only', () => {
    expect(metadataLine({ field: 'locustVersion', before: '2.12.1', after: '2.15.0' })).toBe('Locust 2.12.1 → 2.15.0');
  });
});
