// Property-based tests: parsers throw nothing but LocustInputError and never hang, on arbitrary
// bytes, truncated files, shuffled columns and huge lines; names survive both CSV dialects.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LocustInputError, parseFile, type FileResult } from './index';

const EXAMPLES = new URL('../../../fixtures/locust-examples/', import.meta.url);
const exampleNames = readdirSync(EXAMPLES).filter((n) => /\.(csv|html|json|txt)$/.test(n));
const enc = new TextEncoder();

/** Parses; a LocustInputError is an allowed outcome, anything else fails the property. */
function parseOrTypedError(name: string, bytes: Uint8Array): FileResult | LocustInputError {
  try {
    return parseFile({ name, bytes });
  } catch (e) {
    if (e instanceof LocustInputError) return e;
    throw e;
  }
}

describe('arbitrary input', () => {
  test('arbitrary bytes give a result or a LocustInputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        parseOrTypedError('random.bin', bytes);
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary text after a real header gives a result or a LocustInputError', () => {
    const headers = exampleNames
      .filter((n) => n.endsWith('.csv'))
      .map((n) => readFileSync(new URL(n, EXAMPLES), 'utf8').split('\n')[0] ?? '');
    fc.assert(
      fc.property(fc.constantFrom(...headers), fc.string({ maxLength: 2000 }), (header, body) => {
        parseOrTypedError('x.csv', enc.encode(`${header}\n${body}`));
      }),
      { numRuns: 300 },
    );
  });

  test('HTML-looking and JSON-looking noise gives a result or a LocustInputError', () => {
    const noise = fc.oneof(
      fc.string().map((s) => `<html>${s}window.templateArgs = {${s}`),
      fc.string().map((s) => `<html><script>var stats_history = {"time": [${s}`),
      fc.string().map((s) => `[\n{"name": ${s}`),
      fc.json().map((s) => `[${s}]`),
    );
    fc.assert(
      fc.property(noise, (text) => {
        parseOrTypedError('noise', enc.encode(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('truncated files', () => {
  test.each(exampleNames)('%s cut at any byte gives a result or a LocustInputError', (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, EXAMPLES)));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), (cut) => {
        parseOrTypedError(name, bytes.subarray(0, cut));
      }),
      { numRuns: 60 },
    );
  });
});

describe('huge lines', () => {
  test('a 4 MB line in a stats file ends with a LocustInputError, quickly', () => {
    const header = readFileSync(new URL('v1.2-2.43.3__stats.csv', EXAMPLES), 'utf8').split('\r\n')[0];
    const text = `${header}\r\nGET,${'x'.repeat(4 << 20)}\r\n`;
    const outcome = parseOrTypedError('huge_stats.csv', enc.encode(text));
    expect(outcome).toBeInstanceOf(LocustInputError);
  });

  test('a 4 MB unterminated quoted cell in a hand-built file ends with a LocustInputError', () => {
    const header = readFileSync(new URL('v1.0b1-1.0.3__stats.csv', EXAMPLES), 'utf8').split('\n')[0];
    const lines = Array.from({ length: 300 }, () => 'y'.repeat(14000)).join('\n');
    const outcome = parseOrTypedError('huge_stats.csv', enc.encode(`${header}\n"GET","${lines}`));
    expect(outcome).toBeInstanceOf(LocustInputError);
  });
});

describe('column order', () => {
  const text = readFileSync(new URL('v1.2-2.43.3__stats.csv', EXAMPLES), 'utf8');
  const rows = text
    .split('\r\n')
    .filter((l) => l.length > 0)
    .map((l) => l.split(','));
  const width = (rows[0] as string[]).length;
  const reference = parseFile({ name: 's.csv', bytes: enc.encode(text) });

  test('shuffled columns give the same statistics', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(width).keys()], { minLength: width, maxLength: width }), (order) => {
        const shuffled = rows.map((r) => order.map((i) => r[i]).join(',')).join('\r\n');
        const got = parseFile({ name: 's.csv', bytes: enc.encode(shuffled) });
        expect(got.stats).toEqual(reference.stats);
      }),
      { numRuns: 50 },
    );
  });
});

describe('names survive both CSV dialects', () => {
  const statsHeader =
    'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,' +
    'Max Response Time,Average Content Size,Requests/s,Failures/s,50%,100%';
  const rfcQuote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

  test('RFC 4180 (Locust 1.1+): any name, quoted as the csv module does', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.constantFrom('GET', 'POST', 'grpc call'),
        (name, method) => {
          fc.pre(name !== 'Aggregated' && !/^\s/.test(name) && !/\r/.test(name));
          const text =
            `${statsHeader}\r\n${method},${rfcQuote(name)},3,1,42,45.5,11,310,100,0.5,0.1,42,310\r\n,Aggregated,` +
            '3,1,42,45.5,11,310,100,0.5,0.1,42,310\r\n';
          const got = parseFile({ name: 's.csv', bytes: enc.encode(text) });
          expect(got.stats?.endpoints.map((e) => [e.method, e.name])).toEqual([[method, name]]);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('hand-built (<= 1.0.3): any single-line name without the "," separator, quotes unescaped', () => {
    const header = statsHeader
      .split(',')
      .map((h) => `"${h}"`)
      .join(',');
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (name) => {
        fc.pre(!name.includes('","') && !/[\r\n]/.test(name) && name !== 'Aggregated');
        const text =
          `${header}\n"GET","${name}",3,1,42,45,11,310,100,0.50,0.10,42,310\n"None","Aggregated",` +
          '3,1,42,45,11,310,100,0.50,0.10,42,310';
        const got = parseFile({ name: 's.csv', bytes: enc.encode(text) });
        expect(got.stats?.endpoints.map((e) => e.name)).toEqual([name]);
      }),
      { numRuns: 300 },
    );
  });
});
