// The hostile-input table through the parser library (lib/domain/locust/index.ts: what the CLI and the
// upload use): each case is refused with a LocustInputError naming the file (and line), or read
// with the expected figures; nothing else is ever thrown.
import { describe, expect, test } from 'vitest';
import { LocustInputError, parseUpload, toRunJson } from '../../lib/domain/locust/index';
import { unzipFiles } from '../../lib/domain/locust/zip';
import { CASES, outcomeFor } from './corpus';
import { expectReads } from './expect-run';
import { deflated, makeZip, STATS } from './generate';

describe('hostile inputs through the parser library', () => {
  test.each(CASES.map((c) => [c.id, c] as const))(
    '%s',
    (_id, c) => {
      const files = c.files();
      const started = performance.now();
      let outcome: unknown;
      try {
        outcome = parseUpload(files);
      } catch (e) {
        outcome = e;
      }
      const ms = performance.now() - started;
      const want = outcomeFor(c, 'lib');
      if (want.kind === 'error') {
        expect(outcome, `${c.id}: ${String(outcome)}`).toBeInstanceOf(LocustInputError);
        const e = outcome as LocustInputError;
        expect({ status: e.code === 'not_locust' ? 415 : 422, file: e.file, line: e.line }).toEqual({
          status: want.status,
          file: want.file ?? e.file,
          line: want.line,
        });
        expect(e.reason).toMatch(want.reason);
        expect(e.message.startsWith(want.line === null ? `${e.file}: ` : `${e.file}:${want.line}: `)).toBe(true);
      } else {
        expect(outcome, String(outcome)).not.toBeInstanceOf(Error);
        const { runs } = outcome as ReturnType<typeof parseUpload>;
        expect(runs).toHaveLength(want.runs);
        expectReads(toRunJson(runs[0]!.run), want);
      }
      expect(ms).toBeLessThan(c.slowMs ?? 5_000);
    },
    120_000,
  );
});

describe('zip guard', () => {
  const stats = new TextEncoder().encode(STATS);

  test('an honest zip over the limit is refused before anything is inflated', () => {
    const zip = makeZip([deflated('a_stats.csv', stats), deflated('b_stats.csv', stats)]);
    expect(() => unzipFiles('two.zip', zip, { totalBytes: stats.length + 10 })).toThrow(/two.zip: unzips to more than/);
    expect(unzipFiles('two.zip', zip, { totalBytes: 2 * stats.length }).map((f) => f.name)).toEqual([
      'two/a_stats.csv',
      'two/b_stats.csv',
    ]);
  });

  test('a stored entry whose header lies about its size is refused', () => {
    const zip = makeZip([{ name: 'a_stats.csv', body: stats, method: 0, crc: 0, declaredBytes: stats.length * 2 }]);
    expect(() => unzipFiles('stored.zip', zip)).toThrow(LocustInputError);
  });

  test.each([
    ['../../x_stats.csv', 'z/x_stats.csv'],
    ['/etc/x_stats.csv', 'z/etc/x_stats.csv'],
    ['C:\\Users\\..\\x_stats.csv', 'z/Users/x_stats.csv'],
    ['a/./b/../x_stats.csv', 'z/a/b/x_stats.csv'],
  ])('entry %j is shown as %j (never a path out of the zip)', (entry, shown) => {
    expect(unzipFiles('z.zip', makeZip([deflated(entry, stats)])).map((f) => f.name)).toEqual([shown]);
  });
});
