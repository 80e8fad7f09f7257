import { describe, expect, test } from 'vitest';
import type { RoadmapItem } from '../../domain/roadmap/types';
import { itemCreateBody, itemFormValues, itemPatchBody, type ItemFormValues } from './item-form-values';

const item: RoadmapItem = {
  id: 'i1',
  priority: 'high',
  title: 'Install PgBouncer',
  problem: 'Pool exhausted',
  expectedImpact: null,
  owner: 'Ops',
  status: 'in_progress',
  notes: '```ini\npool_mode = transaction\n```',
  criterionIds: ['c1', 'c2'],
  createdAt: '2026-01-01T00:00:00.000Z',
};

test('a new item starts empty with medium priority', () => {
  expect(itemFormValues()).toEqual({
    title: '',
    priority: 'medium',
    owner: '',
    problem: '',
    expectedImpact: '',
    notes: '',
    criterionIds: [],
  });
});

test('create body trims text and sends empty fields as null', () => {
  const v: ItemFormValues = {
    ...itemFormValues(),
    title: '  Redis sessions ',
    owner: ' ',
    notes: '  keep\n  indent ',
    criterionIds: ['a', 'a', 'b'],
  };
  expect(itemCreateBody(v)).toEqual({
    title: 'Redis sessions',
    priority: 'medium',
    owner: null,
    problem: null,
    expectedImpact: null,
    notes: 'keep\n  indent',
    criterionIds: ['a', 'b'],
  });
});

describe('itemPatchBody sends only what changed', () => {
  test.each<[string, Partial<ItemFormValues>, object]>([
    ['nothing', {}, {}],
    ['criteria in another order', { criterionIds: ['c2', 'c1'] }, {}],
    ['the title', { title: 'Install and tune PgBouncer' }, { title: 'Install and tune PgBouncer' }],
    ['cleared owner', { owner: '  ' }, { owner: null }],
    [
      'a new expected impact and priority',
      { expectedImpact: 'Auth failures 70% → 10%', priority: 'critical' },
      { expectedImpact: 'Auth failures 70% → 10%', priority: 'critical' },
    ],
    ['unlinked criteria', { criterionIds: [] }, { criterionIds: [] }],
  ])('%s', (_what, change, patch) => {
    expect(itemPatchBody(item, { ...itemFormValues(item), ...change })).toEqual(patch);
  });
});
