// Every regular expression applied to uploaded text runs in linear time (lib/domain/locust/README.md,
// "Linear time"): each is driven through the real function that applies it (the upload parser, the
// failure analysis, the roadmap import, globs, criteria, upload fields) with 1 MB built to hit its weak
// spot (linear-inputs.ts), and must finish within 50 ms of CPU per MB. A quadratic one takes seconds
// to minutes on these inputs. CPU time, not wall time: other processes on the machine do not count.
// After warm-up calls on 64 KiB, the fastest of up to 7 runs counts (a GC pause or a busy machine is not
// the input's fault); a run over 10 times the budget ends the measuring (no noise is that large).
// A busy machine (the whole suite in parallel, other jobs sharing its cores) slows every run: when the
// fastest is over 50 ms per MB, it may still take up to twice what parsing a real Locust history takes
// per MB on the machine at that moment (~20 ms per MB on a quiet one, so the 50 ms bound is the one that
// holds there). Either way a quadratic pattern, at seconds per MB, fails.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ZodError } from 'zod';
import { classifyFailure, failureKey, normalizeError } from '../../lib/domain/analysis/failure-analysis';
import { foldPath } from '../../lib/domain/analysis/endpoint-groups';
import { globMatch } from '../../lib/domain/criteria/glob';
import { parseCriteriaSet } from '../../lib/domain/criteria/schema';
import { mdText } from '../../lib/domain/format/markdown-text';
import { createFileParser, LocustInputError, parseFile, parseUpload } from '../../lib/domain/locust/index';
import { readNumberCell, percentileKeyFromLabel } from '../../lib/domain/locust/numbers';
import { parseVersionText } from '../../lib/domain/locust/versions';
import { safeEntryPath } from '../../lib/domain/locust/zip';
import { RoadmapImportError } from '../../lib/domain/roadmap/markdown-error';
import { markdownToRoadmap } from '../../lib/domain/roadmap/markdown-import';
import { uploadFieldsSchema } from '../../lib/server/schemas/runs';
import { parseEncodingsField } from '../../lib/view/upload/encodings-field';
import { inlineMarks } from '../../lib/view/roadmap/inline-marks';
import { splitCodeBlocks } from '../../lib/view/roadmap/text-blocks';
import {
  CSV_TEXTS,
  FAILURE_TEXTS,
  fill,
  HTML_TEXTS,
  JSON_TEXTS,
  MARKDOWN_TEXTS,
  NOTES_TEXTS,
  STATS_HEADER,
} from './linear-inputs';

const MB = 1024 * 1024;
const BUDGET_MS_PER_MB = 50;
const WARM_UP_CHARS = 64 * 1024;
/** Calls on WARM_UP_CHARS before the measured ones: the JIT optimizes a function after a few calls. */
const WARM_UPS = 3;
const ATTEMPTS = 7;
/** Rounds of history parse then pattern, on a busy machine. */
const BUSY_ROUNDS = 3;
const ZIP_NAME_CHARS = 65_535;
const encode = (text: string) => new TextEncoder().encode(text);

/** Runs `fn`; a refusal with a clear error (the parsers' and validators' own errors) is an answer too. */
function settle(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof LocustInputError || e instanceof RoadmapImportError || e instanceof ZodError)) throw e;
  }
}

// A full collection before each timing: the heap the earlier 1 MB cases left would otherwise be marked (by
// threads process.cpuUsage counts) during the one being timed.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function cpuMs(fn: () => void): number {
  collectGarbage();
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const HISTORY = new Uint8Array(
  readFileSync(join(import.meta.dirname, '../../fixtures/swarmlens-under-load/150u_stats_history.csv')),
);

/** CPU ms per MB that parsing a real Locust history takes now (fastest of 3): the machine's current speed. */
function historyMsPerMb(): number {
  const parse = () => parseFile({ name: 'history_stats_history.csv', bytes: HISTORY });
  const best = Math.min(cpuMs(parse), cpuMs(parse), cpuMs(parse));
  return (best * MB) / HISTORY.length;
}

/** A flat copy of `text` (as a decoder or a slice gives it), not a tree of concatenated pieces. */
const flat = (text: string) => Buffer.from(text, 'utf16le').toString('utf16le');

/**
 * Asserts `run` on make(size) takes at most BUDGET_MS_PER_MB of CPU per MB of input: the fastest of up to
 * ATTEMPTS, each on a fresh input 64 characters longer than the last (memoised functions see new text).
 */
function expectLinear<T extends string | Uint8Array>(make: (size: number) => T, run: (input: T) => unknown, size = MB) {
  const input = (n: number): T => {
    const made = make(n);
    return (typeof made === 'string' ? flat(made) : made) as T;
  };
  for (let k = 0; k < WARM_UPS; k++) settle(() => run(input(Math.min(WARM_UP_CHARS, size) + k)));
  let best = Infinity;
  let budgetMs = 0;
  let chars = 0;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const text = input(size + attempt * 64);
    chars = text.length;
    budgetMs = (BUDGET_MS_PER_MB * Math.max(chars, size)) / MB;
    best = Math.min(
      best,
      cpuMs(() => settle(() => run(text))),
    );
    if (best <= budgetMs || best > 10 * budgetMs) break;
  }
  if (best <= budgetMs) return;
  // A busy machine: the pattern against twice a real history's parse, both timed in the same round (load
  // changes from one moment to the next; a quadratic pattern is seconds over, whatever the round).
  let busyBudgetMs = 0;
  for (let round = 0; round < BUSY_ROUNDS; round++) {
    busyBudgetMs = (2 * historyMsPerMb() * Math.max(chars, size)) / MB;
    // Fresh inputs, as above: memoised functions must not see a text twice.
    const [first, second] = [0, 1].map((k) => input(size + (ATTEMPTS + 2 * round + k) * 64)) as [T, T];
    const now = Math.min(
      cpuMs(() => settle(() => run(first))),
      cpuMs(() => settle(() => run(second))),
    );
    best = Math.min(best, now);
    if (now <= busyBudgetMs) return;
  }
  expect(
    best,
    `${best.toFixed(1)} ms of CPU for ${chars} characters (busy machine: ${busyBudgetMs.toFixed(1)} ms)`,
  ).toBeLessThanOrEqual(Math.max(budgetMs, busyBudgetMs));
}

const parseAs = (name: string) => (bytes: Uint8Array) => parseUpload([{ name, bytes }]);
/** The server's path: the file streamed in 64 KiB chunks (lib/server/services/upload-intake.ts). */
const streamAs = (name: string) => (bytes: Uint8Array) => {
  const parser = createFileParser(name);
  for (let at = 0; at < bytes.length; at += 64 * 1024) parser.push(bytes.subarray(at, at + 64 * 1024));
  return parser.end();
};
const table = (texts: Record<string, (size: number) => string>) => Object.entries(texts);

describe('issue 17: the uploads that froze a worker, in linear time', () => {
  test('400 KB of \\r in a stats CSV (took 79 s)', () => {
    expectLinear((n) => encode(`${STATS_HEADER}\n${fill('\r', n)}x\n`), parseAs('attack_stats.csv'), 400 * 1024);
  });
  test('450 KB of <h2 as report.html (took 29 s)', () => {
    expectLinear((n) => encode(fill('<h2', n)), parseAs('report.html'), 450 * 1024);
  });
  test('160 KB of malformed closing quotes, then spaces, in a stats CSV (took 6 s in PapaParse)', () => {
    const row = (n: number) => `GET,"${fill('"x', n / 2)}${fill(' ', n / 2)},1`;
    expectLinear((n) => encode(`${STATS_HEADER}\n${row(n)}\n`), parseAs('quotes_stats.csv'), 160 * 1024);
  });
});

describe('uploaded files: 1 MB at each pattern weak spot', () => {
  test.each(table(CSV_TEXTS))('CSV, whole: %s', (_name, make) => {
    expectLinear((n) => encode(make(n)), parseAs('hostile_stats.csv'));
  });
  test.each(table(CSV_TEXTS))('CSV, streamed: %s', (_name, make) => {
    expectLinear((n) => encode(make(n)), streamAs('hostile_stats.csv'));
  });
  test.each(table(HTML_TEXTS))('HTML report: %s', (_name, make) => {
    expectLinear((n) => encode(make(n)), parseAs('report.html'));
  });
  test.each(table(JSON_TEXTS))('JSON output: %s', (_name, make) => {
    expectLinear((n) => encode(make(n)), parseAs('output.json'));
  });
  test.each([
    ['download stamp digits', (n: number) => `${fill('_1', n)}x_stats.csv`],
    ['long stamp', (n: number) => `run_${fill('1', n)}.x_stats.csv`],
    ['extension dots', (n: number) => `${fill('.html', n)}x`],
  ])('file name: %s', (_name, make) => {
    const stats = encode(`${STATS_HEADER}\nGET,/,10,0,17,27,7,55,330,1.1,0.0,17,47,48,48,49,50,53,56,56,56,56\n`);
    expectLinear(make, (name) => parseUpload([{ name, bytes: stats }]));
  });
  test.each([
    ['separators', (n: number) => `a${fill('\\/', n)}b`],
    ['control characters', (n: number) => `C:${fill('\u0001', n)}/x`],
  ])('zip entry names (at most 64 KiB each: the format has 16 bits for the length): %s', (_name, make) => {
    expectLinear(make, (names) => {
      for (let at = 0; at < names.length; at += ZIP_NAME_CHARS) safeEntryPath(names.slice(at, at + ZIP_NAME_CHARS));
    });
  });
});

describe('texts read from uploads: 1 MB at each pattern weak spot', () => {
  test.each(table(FAILURE_TEXTS))('failure message and endpoint name: %s', (_name, make) => {
    expectLinear(make, classifyFailure);
    expectLinear(make, normalizeError);
    expectLinear(make, (text) => failureKey('GET', text, 'x'));
    expectLinear(make, foldPath);
  });
  test.each([
    ['number cell: digit run', (n: number) => `${fill('1', n)}x`],
    ['number cell: digits, a dot, digits', (n: number) => `${fill('1', n)}.${fill('1', n)}x`],
    ['percentile label: spaces', (n: number) => `1${fill(' ', n)}x`],
  ])('%s', (_name, make) => {
    expectLinear(make, readNumberCell);
    expectLinear(make, percentileKeyFromLabel);
  });
  test.each([
    ['spaces', (n: number) => `1${fill(' ', n)}x`],
    ['dashes and spaces', (n: number) => `1${fill(' -', n)}x`],
    ['digit groups', (n: number) => `${fill('1.', n)}x`],
  ])('version text: %s', (_name, make) => {
    expectLinear(make, parseVersionText);
  });
  test.each([
    ['line breaks', (n: number) => fill('\r\n\t', n)],
    ['markup', (n: number) => fill('www.*_[', n)],
  ])('Markdown cell: %s', (_name, make) => {
    expectLinear(make, mdText);
  });
});

describe('texts people send: 1 MB at each pattern weak spot', () => {
  test.each(table(MARKDOWN_TEXTS))('roadmap Markdown import: %s', (_name, make) => {
    expectLinear((n) => make(n - 1024), markdownToRoadmap);
  });
  test.each(table(NOTES_TEXTS))('roadmap notes shown: %s', (_name, make) => {
    expectLinear(make, splitCodeBlocks);
    expectLinear(make, inlineMarks);
  });
  test.each([
    ['a run of the pattern letter', '*a*a*a*a*b', (n: number) => fill('a', n)],
    ['a 200-character pattern', `*${fill('a?*', 198).slice(0, 198)}b`, (n: number) => fill('a', n)],
  ])('label glob: %s', (_name, glob, make) => {
    expectLinear(make, (label) => globMatch(glob, label));
  });
  test.each([
    ['metric digits', (n: number) => ({ metric: `p${fill('1', n)}x`, scope: 'aggregate' })],
    ['metric decimals', (n: number) => ({ metric: `p1.${fill('1', n)}x`, scope: 'aggregate' })],
    ['scope text', (n: number) => ({ metric: 'rps', scope: `endpoint:${fill(' ', n)}` })],
  ])('criteria file: %s', (_name, criterion) => {
    expectLinear(
      (n) => JSON.stringify(criterion(n)),
      (json) => parseCriteriaSet({ name: 'x', criteria: [{ ...JSON.parse(json), op: '<', target: 1 }] }),
    );
  });
  test.each([
    ['label', (n: number) => ({ label: fill(' a', n) })],
    ['tags', (n: number) => ({ tags: fill(' ,', n) })],
    ['build', (n: number) => ({ build: fill('a\u0001', n) })],
    ['notes', (n: number) => ({ notes: fill('\n', n) })],
  ])('upload field: %s', (_name, fields) => {
    expectLinear(
      (n) => JSON.stringify(fields(n)),
      (json) => uploadFieldsSchema.safeParse(JSON.parse(json)),
    );
  });
  test('encodings field', () => {
    expectLinear(
      (n) => JSON.stringify({ [fill(' ', n)]: 'utf-8' }),
      (json: string) => parseEncodingsField(json),
    );
  });
});

describe('the harness', () => {
  test('fails a quadratic function, busy machine or not (the longest run of spaces from each start, at 16 KiB)', () => {
    // What a backtracking /\s+$/ does on spaces then a letter: rescans the run of spaces from each start.
    const quadratic = (text: string) => {
      let longest = 0;
      for (let i = 0; i < text.length; i++) {
        let j = i;
        while (text.charCodeAt(j) === 32) j++;
        longest = Math.max(longest, j - i);
      }
      return longest;
    };
    expect(() => expectLinear((n) => `${' '.repeat(n)}x`, quadratic, 16 * 1024)).toThrow(/ms of CPU/);
  });
});
