// Shape of a fixture's expected.json (see README.md) and the walk that finds them. Objects are
// strict: a misspelt key fails the parse instead of silently checking nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { fixtureDir } from './load';

const count = z.number().int().nonnegative();
const ms = z.number().nullable();

/** Figures of one stats row; only the given keys are checked. Times in ms, rps in requests/s. */
export const statsSchema = z.strictObject({
  /** Where the figures were read (file, row, how). */
  source: z.string().optional(),
  requests: count.optional(),
  failures: count.optional(),
  /** null: the file states no median (checked to be null). */
  medianMs: ms.optional(),
  avgMs: z.number().optional(),
  minMs: z.number().optional(),
  maxMs: z.number().optional(),
  /** Whole-run Requests/s. */
  rps: z.number().optional(),
  /** Percentile label without '%' -> ms; only the listed labels are checked. */
  percentiles: z.record(z.string(), ms).optional(),
  /** The exact set of percentile labels the file declares. */
  percentileKeys: z.array(z.string()).optional(),
});
export const endpointSchema = statsSchema.extend({ method: z.string(), name: z.string() });

/** A field-by-field match on one entry: at `index`, or anywhere (exactly `count` times when given). */
const sample = {
  index: count.optional(),
  count: count.optional(),
  match: z.record(z.string(), z.union([z.string(), z.number()])),
};
const failuresSchema = z.strictObject({
  rows: count.optional(),
  /** Sum of occurrences over all rows. */
  occurrences: count.optional(),
  samples: z
    .array(z.strictObject({ ...sample, errorStartsWith: z.string().optional(), errorEndsWith: z.string().optional() }))
    .optional(),
});
const exceptionsSchema = z.strictObject({
  rows: count.optional(),
  /** Sum of counts over all records. */
  countSum: count.optional(),
  /** Every message, in order. */
  messages: z.array(z.string()).optional(),
  samples: z.array(z.strictObject({ ...sample, tracebackContains: z.array(z.string()).optional() })).optional(),
});

/**
 * Duration in s: a number, or max(spanS, requests / (rps + rpsHalfUnit)) for runs whose history
 * stops before the last request (rpsHalfUnit: half a unit of the rps's last written decimal).
 */
export const durationSchema = z.union([
  z.number(),
  z.strictObject({ spanS: z.number(), requests: count, rps: z.number(), rpsHalfUnit: z.number().optional() }),
]);
const timesSchema = z.discriminatedUnion('kind', [
  /** Start/end stated in UTC (ISO instants). */
  z.strictObject({ kind: z.literal('utc'), start: z.string(), end: z.string(), durationS: durationSchema }),
  /** Legacy "During" wall-clock stamps whose zone the file does not state. */
  z.strictObject({ kind: z.literal('wallClock'), startAsUtc: z.string(), endAsUtc: z.string(), durationS: z.number() }),
  /** No times in the files; an inferred duration must agree with requests / rps within 2 %. */
  z.strictObject({ kind: z.literal('none'), requests: count, rps: z.number() }),
  /** Only the start instant is checked. */
  z.strictObject({ kind: z.literal('start'), start: z.string() }),
]);

export const runExpectSchema = z.strictObject({
  aggregated: statsSchema.optional(),
  endpointCount: count.optional(),
  /** Every endpoint name, in order. */
  endpointNames: z.array(z.string()).optional(),
  /** Substrings no endpoint name may contain. */
  endpointNamesExclude: z.array(z.string()).optional(),
  endpoints: z.array(endpointSchema).optional(),
  failures: failuresSchema.optional(),
  exceptions: exceptionsSchema.optional(),
  /** null: the run has no history. endpointSeries: number of per-endpoint series. */
  history: z
    .strictObject({
      points: count,
      source: z.enum(['csv', 'html']).optional(),
      fullHistory: z.boolean().optional(),
      endpointSeries: count.optional(),
    })
    .nullable()
    .optional(),
  userCount: count.nullable().optional(),
  times: timesSchema.optional(),
  /** Regular expression (case-insensitive) that at least one warning must match. */
  warningsMatch: z.string().optional(),
});

/** Which files a view parses; paths are relative to the folder holding the expected.json. */
const inputSchema = z.union([
  z.strictObject({ folder: z.string().optional(), csvPrefix: z.string() }),
  z.strictObject({ folder: z.string().optional(), files: z.array(z.string()).min(1) }),
  z.strictObject({ folder: z.string().optional(), all: z.literal(true) }),
  z.strictObject({ folders: z.array(z.string()).min(1) }),
]);
const outcomeSchema = z.strictObject({
  runCount: count,
  distinctKeys: z.boolean().optional(),
  runs: z.array(
    runExpectSchema.extend({
      /** Picks the run by exact key, key pattern and/or aggregated request count; exactly one must fit. */
      select: z.strictObject({
        key: z.string().optional(),
        keyPattern: z.string().optional(),
        requests: count.optional(),
      }),
    }),
  ),
});
export const viewSchema = runExpectSchema.extend({
  name: z.string(),
  notes: z.array(z.string()).optional(),
  input: inputSchema,
  /** runFiles (default): parseRunFiles -> one run. upload: parseUpload, checked against `outcomes`. */
  parser: z.enum(['runFiles', 'upload']).optional(),
  /** upload only: the accepted results, chosen by the number of runs parseUpload returns. */
  outcomes: z.array(outcomeSchema).optional(),
});
export const expectedSchema = z.strictObject({ source: z.string(), views: z.array(viewSchema).min(1) });

export type RunExpect = z.infer<typeof runExpectSchema>;
export type View = z.infer<typeof viewSchema>;
export type Input = z.infer<typeof inputSchema>;
export type Duration = z.infer<typeof durationSchema>;

export interface ExpectedFile {
  /** Folder relative to fixtures/, e.g. 'locust-real/parkietje-locust1.0'. */
  folder: string;
  /** File name: expected.json or <name>.expected.json. */
  name: string;
  doc: z.infer<typeof expectedSchema>;
}

export const isExpectedFile = (name: string): boolean => name === 'expected.json' || name.endsWith('.expected.json');

/** Every expected file under fixtures/, sorted by path; parse errors throw with the file's path. */
export function findExpectedFiles(): ExpectedFile[] {
  const root = fixtureDir('');
  const out: ExpectedFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (isExpectedFile(entry.name)) {
        const parsed = expectedSchema.safeParse(JSON.parse(readFileSync(full, 'utf8')));
        if (!parsed.success) throw new Error(`${relative(root, full)}: ${z.prettifyError(parsed.error)}`);
        out.push({ folder: relative(root, dir), name: entry.name, doc: parsed.data });
      }
    }
  };
  walk(root);
  return out;
}
