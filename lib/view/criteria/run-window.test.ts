import { describe, expect, test } from 'vitest';
import { pageOfIndex, parsePage, pickWindow, runWindow } from './run-window';

describe('runWindow', () => {
  test.each([
    // runCount, page, perPage -> page, pageCount, start, end
    [0, 1, 50, { page: 1, pageCount: 1, start: 0, end: 0 }],
    [10, 1, 50, { page: 1, pageCount: 1, start: 0, end: 10 }],
    [1000, 1, 50, { page: 1, pageCount: 20, start: 950, end: 1000 }],
    [1000, 20, 50, { page: 20, pageCount: 20, start: 0, end: 50 }],
    [120, 3, 50, { page: 3, pageCount: 3, start: 0, end: 20 }],
    [120, 9, 50, { page: 3, pageCount: 3, start: 0, end: 20 }],
    [120, 0, 50, { page: 1, pageCount: 3, start: 70, end: 120 }],
  ])('%i runs, page %i of %i a page', (runCount, page, perPage, expected) => {
    expect(runWindow(runCount, page, perPage)).toEqual(expected);
  });

  test.each([
    [120, 119, 1],
    [120, 70, 1],
    [120, 69, 2],
    [120, 20, 2],
    [120, 19, 3],
    [120, 0, 3],
  ])('%i runs: the run at %i is on page %i', (runCount, index, page) => {
    expect(pageOfIndex(runCount, index, 50)).toBe(page);
    const w = runWindow(runCount, page, 50);
    expect(index >= w.start && index < w.end).toBe(true);
  });

  test.each([
    ['1', 1],
    ['20', 20],
    [undefined, null],
    ['0', null],
    ['-1', null],
    ['2.5', null],
    ['x', null],
    ['01', null],
    ['99999999', null],
  ])('parsePage(%s) = %s', (value, page) => {
    expect(parsePage(value)).toBe(page);
  });
});

describe('pickWindow', () => {
  const ids = Array.from({ length: 7 }, (_, i) => `r${i}`);
  test.each([
    ['nothing asked: the newest page and run', {}, 1, 'r6'],
    ['a run: its page, selected', { run: 'r1' }, 2, 'r1'],
    ['the oldest run: the last page', { run: 'r0' }, 3, 'r0'],
    ['a page: its newest run', { page: '2' }, 2, 'r3'],
    ['a page and a run on it', { page: '2', run: 'r2' }, 2, 'r2'],
    ['a page and a run elsewhere: the page wins, its newest run', { page: '1', run: 'r0' }, 1, 'r6'],
    ['an unknown run', { run: 'nope' }, 1, 'r6'],
    ['a page too far: the oldest page', { page: '9' }, 3, 'r0'],
  ])('%s', (_what, asked, page, selected) => {
    const { window, selectedRunId } = pickWindow(ids, asked, 3);
    expect([window.page, selectedRunId]).toEqual([page, selected]);
  });

  test('no runs: page 1, nothing selected', () => {
    expect(pickWindow([], { run: 'r1', page: '3' })).toEqual({
      window: { page: 1, pageCount: 1, start: 0, end: 0 },
      selectedRunId: null,
    });
  });
});
