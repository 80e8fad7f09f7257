// Slides paginate long tables: a 14-criterion set spans two slides, "(1/2)" and "(2/2)", the criteria
// not met first; every criterion is on exactly one slide. Runs: lib/view/present/test-series.ts.
import { expect, test } from 'vitest';
import { compareSlides, criteriaRowOrder, pageSuffix, paginate, verdictSlideTitle } from './slides';
import { PRODUCTION_GO, seriesModel } from './test-series';

test.each([
  [0, 8, []],
  [3, 8, [3]],
  [8, 8, [8]],
  [9, 8, [5, 4]],
  [14, 8, [7, 7]],
  [17, 8, [6, 6, 5]],
])('paginate(%i items, %i per page): pages of %j', (count, perPage, sizes) => {
  const items = Array.from({ length: count }, (_, i) => i);
  const pages = paginate(items, perPage);
  expect(pages.map((p) => p.length)).toEqual(sizes);
  expect(pages.flat()).toEqual(items);
});

test.each([
  [0, 1, ''],
  [0, 2, ' (1/2)'],
  [1, 2, ' (2/2)'],
])('pageSuffix(%i, %i) = %j', (page, pages, suffix) => {
  expect(pageSuffix(page, pages)).toBe(suffix);
});

test('criteria order: not met, then not evaluable, then met; set order within each', () => {
  expect(criteriaRowOrder([{ met: true }, { met: false }, { met: null }, { met: true }, { met: false }])).toEqual([
    1, 4, 2, 0, 3,
  ]);
});

test('the 14-criterion set on the retest: two slides of 7, the success rate (not met) first', () => {
  const model = seriesModel();
  const slides = compareSlides(model).filter((s) => s.kind === 'criteria');
  expect(slides.map((s) => s.title)).toEqual([
    'Production GO on retest 100 users (1/2)',
    'Production GO on retest 100 users (2/2)',
  ]);
  const rows = slides.flatMap((s) => (s.kind === 'criteria' ? s.rows : []));
  expect(rows.map((i) => PRODUCTION_GO.criteria[i]!.metric)[0]).toBe('successRate');
  expect([...rows].sort((a, b) => a - b)).toEqual(PRODUCTION_GO.criteria.map((_, i) => i));
});

test.each([
  ['criteria: their overall verdict on the target', seriesModel(), 'NO-GO on retest 100 users'],
  [
    'no criteria: the change verdict',
    seriesModel(null),
    'retest 100 users vs 50 users: critical — goodput scaling saturated from 50 to 150 users',
  ],
])('the deck opens with the verdict, %s', (_, model, title) => {
  expect(verdictSlideTitle(model)).toBe(title);
  expect(compareSlides(model)[0]).toEqual({ kind: 'verdict', title });
});
