// Shapes of stored runs, as the data-access layer returns them (never Prisma rows): the server, the view
// models and the report text all read these.
import type { ParsedRun } from '../locust/types';
import type { RunSource } from '../locust/provenance';

export interface RunSummary {
  id: string;
  projectId: string;
  projectName: string;
  label: string;
  tags: string[];
  userCount: number | null;
  /** Users started per second, when someone entered it. */
  spawnRate: number | null;
  /** The build of the system under test, when someone gave it. */
  build: string | null;
  durationS: number | null;
  startTime: string | null;
  requests: number;
  failures: number;
  /** Fraction (0.0172), null without requests. */
  failureRate: number | null;
  rps: number | null;
  medianMs: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  endpointCount: number;
  locustVersion: string | null;
  /** Provenance as the uploader said it (lib/domain/locust/provenance.ts); null: not said. */
  commit: string | null;
  branch: string | null;
  environment: string | null;
  source: RunSource | null;
  createdAt: string;
}

export interface StoredFileInfo {
  id: string;
  name: string;
  kind: string;
  format: string;
  versions: string;
  encoding: string;
  sizeBytes: number;
  sha256: string;
}

/** A stored run: its summary, notes, files, and the parsed run (history series not loaded). */
export interface StoredRun {
  summary: RunSummary;
  notes: string | null;
  files: StoredFileInfo[];
  run: ParsedRun;
}

export interface RunPage {
  items: RunSummary[];
  total: number;
  page: number;
  pageSize: number;
}
