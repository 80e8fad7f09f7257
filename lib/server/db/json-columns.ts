// The JSON columns and the shapes they hold: every read of one goes through readJson, which parses
// with zod (a stored value of another shape is an error naming the table, column and row, never a
// silently wrong object). Raw queries that return JSON as text (criteria-runs.ts) pass the text.
import { z } from 'zod';
import type { AppliesTo, Verdict } from '../../domain/criteria/types';
import type { EndpointStats, PercentilesMs, SeriesWindow } from '../../domain/locust/types';
import type { ShareSettings } from '../../domain/shapes/share';
import type { LocustTagSelection } from '../../domain/locust/provenance';
import { WEBHOOK_EVENTS } from '../../domain/webhooks/types';
import { ERA_RULES } from '../../domain/history/eras';
import { METADATA_FIELDS, type MetadataChange } from '../../domain/history/metadata-changes';
import type { ChangePointState } from '../../domain/history/change-points';

const num = z.number().nullable();
const percentiles = z.record(z.string(), num) satisfies z.ZodType<PercentilesMs>;

const endpointStats = z.object({
  method: z.string().nullable(),
  name: z.string(),
  requests: z.number(),
  failures: z.number(),
  medianMs: num,
  avgMs: num,
  minMs: num,
  maxMs: num,
  avgSizeBytes: num,
  rps: num,
  failuresPerS: num,
  percentiles,
}) satisfies z.ZodType<EndpointStats>;

const strings = z.array(z.string());

/** runs-write.ts historySummary: the history's figures without its series (those are run_series rows). */
const historySummary = z
  .object({
    source: z.enum(['csv', 'html']),
    points: z.number(),
    percentileWindow: z.enum(['current-window', 'cumulative']) satisfies z.ZodType<SeriesWindow>,
    semantics: z.string(),
    fullHistory: z.boolean(),
    resetsAtS: z.array(z.number()),
  })
  .nullable();

/** As written by appliesToData (validated then); unknown fields are dropped. */
const appliesTo = z
  .object({
    userCount: z.number().optional(),
    tags: strings.optional(),
    labelGlob: z.string().optional(),
    profile: z.string().optional(),
  })
  .nullable() satisfies z.ZodType<AppliesTo | null>;

const op = z.enum(['<', '<=', '>', '>=', '==']);
const verdictName = z.enum(['GO', 'CONDITIONAL', 'NO-GO']);
const verdict = z.object({
  verdict: verdictName,
  name: z.string(),
  results: z.array(
    z.object({
      metric: z.string(),
      scope: z.string(),
      op,
      target: z.number(),
      current: num,
      met: z.boolean().nullable(),
      reason: z.string().optional(),
      judged: z.literal(false).optional(),
    }),
  ),
}) satisfies z.ZodType<Verdict>;

/** Locust's task tag selection given on upload (lib/domain/locust/provenance.ts). */
const locustTags = z
  .object({ tags: strings.nullable(), excludeTags: strings.nullable() })
  .nullable() satisfies z.ZodType<LocustTagSelection | null>;

const shareSettings = z.object({ groups: strings, steps: z.boolean() }) satisfies z.ZodType<ShareSettings>;

/** criteria-runs.ts: one endpoint row as [position, method, name, 9 figures (COLUMNS order), percentiles]. */
const endpointTuple = z.tuple([
  z.number(),
  z.string().nullable(),
  z.string(),
  num,
  num,
  num,
  num,
  num,
  num,
  num,
  num,
  num,
  percentiles,
]);

/** history-store.ts: the E-divisive windows of a series (lib/domain/history/change-points.ts). */
const changePointState = z.object({
  length: z.number(),
  windows: z.array(z.object({ start: z.number(), splits: z.array(z.number()) })),
}) satisfies z.ZodType<ChangePointState>;

const metadataChanges = z.array(
  z.object({ field: z.enum(METADATA_FIELDS), before: z.string(), after: z.string() }),
) satisfies z.ZodType<MetadataChange[]>;

/** "table.column" -> the shape stored there. */
const COLUMNS = {
  'run.aggregated': endpointStats,
  'run.warnings': strings,
  'run.history': historySummary,
  'run.locust_tags': locustTags,
  'endpoint_stat.percentiles': percentiles,
  'transaction_stat.stats': endpointStats,
  'run_series.columns': strings,
  'criteria_set.applies_to': appliesTo,
  'sign_off.results': verdict,
  'share.run_ids': strings,
  'share.settings': shareSettings,
  'comparison_note.run_ids': strings,
  'webhook.events': z.array(z.enum(WEBHOOK_EVENTS)),
  'history_series.state': changePointState,
  'change_point.metadata_changes': metadataChanges,
  'project.history_era_rules': z.array(z.enum(ERA_RULES)).nullable(),
  /** Built by the criteria-runs query (json_group_array / json_agg), not stored. */
  'run.endpoint_rows': z.array(endpointTuple).nullable(),
  'run.tag_list': strings.nullable(),
} as const;

/** Hand-written checks for the columns read thousands of times per page (one row per endpoint), accepting exactly
 *  what their zod shape accepts (json-columns.test.ts compares both); a value they refuse goes to zod, which names
 *  what is wrong. endpoint_stat.percentiles: { "95": 120, "99": null }, ms. */
const FAST_CHECKS: Partial<Record<keyof typeof COLUMNS, (value: unknown) => boolean>> = {
  'endpoint_stat.percentiles': (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    for (const key of Object.keys(value)) {
      const ms = (value as Record<string, unknown>)[key];
      if (ms !== null && !Number.isFinite(ms)) return false;
    }
    return true;
  },
};

export type JsonColumn = keyof typeof COLUMNS;
type Shapes = { [K in JsonColumn]: z.output<(typeof COLUMNS)[K]> };
const SCHEMAS: { [K in JsonColumn]: z.ZodType<Shapes[K]> } = COLUMNS;

export class StoredJsonError extends Error {
  constructor(column: JsonColumn, id: string, detail: string) {
    super(`stored JSON in ${column} of row ${id} has an unexpected shape: ${detail}`);
    this.name = 'StoredJsonError';
  }
}

/** The value of `column` in row `id`, parsed; `value` as Prisma returns it, or JSON text from a raw query
 *  (no column holds a bare JSON string, so a string is always text to parse). */
export function readJson<C extends JsonColumn>(column: C, id: string, value: unknown): Shapes[C] {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch (e) {
      throw new StoredJsonError(column, id, e instanceof Error ? e.message : String(e));
    }
  }
  if (FAST_CHECKS[column]?.(data)) return data as Shapes[C];
  const parsed = SCHEMAS[column].safeParse(data);
  if (!parsed.success) throw new StoredJsonError(column, id, z.prettifyError(parsed.error));
  return parsed.data;
}

/** `value` as `column` stores it: plain JSON (undefined fields dropped, NaN and Infinity as null), checked
 *  against the column's shape so that every write reads back. */
export function jsonForColumn<C extends JsonColumn>(column: C, value: Shapes[C]): Shapes[C] {
  const parsed = SCHEMAS[column].safeParse(JSON.parse(JSON.stringify(value)));
  if (!parsed.success) throw new Error(`writing ${column}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
