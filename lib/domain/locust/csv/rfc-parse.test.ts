// parseRfcRows is PapaParse 5.7.1's Parser#parse for the readers' configuration, in linear time: the same
// rows and cursor on generated texts of the characters its branches turn on (quotes, delimiters, both line
// ends, the whitespace trim() knows) and on every CSV fixture; and linear where Papa is quadratic.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { parseRfcRows } from './rfc-parse';

const papa = (input: string, newline: '\n' | '\r\n', ignoreLastRow: boolean) => {
  const parser = new Papa.Parser({ delimiter: ',', newline, quoteChar: '"' });
  const result = parser.parse(input, 0, ignoreLastRow) as { data: string[][]; meta: { cursor: number } };
  return { data: result.data, cursor: result.meta.cursor };
};

const CONFIGS = [
  ['\n', true],
  ['\n', false],
  ['\r\n', true],
  ['\r\n', false],
] as const;

describe('the same rows and cursor as PapaParse', () => {
  const text = fc
    .array(fc.constantFrom('a', 'b', ',', '"', '""', ' ', '\t', '\u00a0', '\u3000', '\n', '\r', '\r\n'), {
      maxLength: 40,
    })
    .map((pieces) => pieces.join(''));

  test.each(CONFIGS)('generated texts, newline %j, ignoreLastRow %s', (newline, ignoreLastRow) => {
    fc.assert(
      fc.property(text, (input) => {
        expect(parseRfcRows(input, newline, ignoreLastRow)).toEqual(papa(input, newline, ignoreLastRow));
      }),
      { numRuns: 20_000 },
    );
  });

  const root = join(import.meta.dirname, '../../../../fixtures');
  const fixtures = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.csv'));

  test.each(fixtures)('fixture %s', (name) => {
    const input = readFileSync(join(root, name), 'latin1');
    for (const [newline, ignoreLastRow] of CONFIGS) {
      expect(parseRfcRows(input, newline, ignoreLastRow)).toEqual(papa(input, newline, ignoreLastRow));
    }
  });
});

test('linear where PapaParse is quadratic: malformed closing quotes, then spaces (160 KB took Papa 3 s)', () => {
  const pairs = 200_000;
  const input = `a,b\n"${'"x'.repeat(pairs)}${' '.repeat(2 * pairs)},1\n`;
  const started = process.cpuUsage();
  const { data } = parseRfcRows(input, '\n', false);
  const used = process.cpuUsage(started);
  expect(data).toHaveLength(2);
  expect((used.user + used.system) / 1000).toBeLessThan(100);
});
