// The public Run JSON of docs/contract.md: what `swarmlens parse` prints and GET /api/runs/:id returns.
import { goodputRps } from './goodput';
import { columnValues } from './numbers';
import { provenanceOf, type RunProvenance } from './provenance';
import type { EndpointStats, HistorySeries, ParsedRun } from './types';

export interface RunJson {
  id: string | null;
  /** `build` and the provenance fields (provenance.ts): always present, null when no one gave them (the CLI's
   *  `parse`: always null). */
  meta: ParsedRun['meta'] & { build: string | null } & RunProvenance;
  /** `encodingConfidence`: 0–1 (1: BOM, valid UTF-8 or chosen by the user); null when not recorded. */
  files: {
    name: string;
    kind: string;
    format: string;
    versions: string;
    encoding: string;
    encodingConfidence: number | null;
    rows: number | null;
  }[];
  /** `goodputRps`: successful requests per second (lib/domain/locust/goodput.ts); null when rps is. */
  aggregated: WithGoodput;
  endpoints: WithGoodput[];
  failures: {
    method: string | null;
    name: string;
    error: string;
    occurrences: number;
    firstSeen: string | null;
    lastSeen: string | null;
  }[];
  exceptions: ParsedRun['exceptions'];
  transactions: EndpointStats[];
  history: {
    points: number;
    source: 'csv' | 'html' | null;
    percentileWindow: string | null;
    semantics: string | null;
    fullHistory: boolean;
    series: number;
    resetsAtS: number[];
    /** Only with `{ series: true }`: every series, columns as arrays with null for unknown. */
    aggregated?: SeriesJson;
    endpoints?: SeriesJson[];
  };
  warnings: string[];
}

export type WithGoodput = EndpointStats & { goodputRps: number | null };

const withGoodput = (e: EndpointStats): WithGoodput => ({ ...e, goodputRps: goodputRps(e) });

export interface SeriesJson {
  method: string | null;
  name: string;
  columns: Record<string, (number | null)[]>;
}

function seriesJson(s: HistorySeries): SeriesJson {
  const columns: Record<string, (number | null)[]> = {};
  for (const [key, value] of Object.entries(s)) if (value instanceof Float64Array) columns[key] = columnValues(value);
  for (const [key, value] of Object.entries(s.percentiles)) columns[`p${key}`] = columnValues(value);
  return { method: s.method, name: s.name, columns };
}

export function toRunJson(run: ParsedRun, id: string | null = null, options: { series?: boolean } = {}): RunJson {
  const h = run.history;
  const series =
    options.series && h ? { aggregated: seriesJson(h.aggregated), endpoints: h.endpoints.map(seriesJson) } : {};
  return {
    id,
    meta: { ...run.meta, build: run.meta.build ?? null, ...provenanceOf(run.meta) },
    files: run.files.map((f) => ({
      ...f,
      versions: f.versions.min === f.versions.max ? f.versions.min : `${f.versions.min}–${f.versions.max}`,
    })),
    aggregated: withGoodput(run.aggregated),
    endpoints: run.endpoints.map(withGoodput),
    failures: run.failures,
    exceptions: run.exceptions,
    transactions: run.transactions,
    history: {
      points: h?.points ?? 0,
      source: h?.source ?? null,
      percentileWindow: h?.percentileWindow ?? null,
      semantics: h?.semanticsNote ?? null,
      fullHistory: h?.fullHistory ?? false,
      series: h ? 1 + h.endpoints.length : 0,
      resetsAtS: h?.resetsAtS ?? [],
      ...series,
    },
    warnings: run.warnings,
  };
}
