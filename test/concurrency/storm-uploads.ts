// The uploads of the storm, and what each must be stored as: an independent parse (parseUpload on
// whole bytes, not the streaming intake the route uses) of the same files.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseUpload } from '../../lib/domain/locust/index';
import type { ParsedRun } from '../../lib/domain/locust/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** Folders rotated through: with and without history, several endpoints, failures, exceptions,
 *  and one that holds two runs. */
const FOLDERS = [
  'locust-2.12-generated/smallpool-20u',
  'locust-real/kalpee06-locust1.x',
  'locust-real/ons-eqauthor-2022-locust2.5.1',
  'locust-2.12-generated/smallpool-40u',
  'locust-real/parkietje-locust1.0',
  'locust-real/ons-srb-0024-locust2.23.1',
];

/** A file name starting with this makes the test database's trigger abort the insert of its
 *  run_file row: a failure inside the write transaction, after the run and its rows were written. */
export const FAIL_IN_TRANSACTION = 'inject-failure';

export interface FileInfo {
  name: string;
  bytes: Uint8Array;
}

export type UploadKind = 'valid' | 'invalid-file' | 'fails-in-transaction';

export interface PlannedUpload {
  index: number;
  kind: UploadKind;
  label: string;
  project: string;
  tags: string[];
  files: FileInfo[];
  /** One per run the upload forms, in the order the response lists them (valid uploads only). */
  expected: ExpectedRun[];
}

export interface ExpectedRun {
  label: string;
  project: string;
  tags: string[];
  run: ParsedRun;
  /** The originals stored with the run: name, size and sha256. */
  files: { name: string; sizeBytes: number; sha256: string }[];
  /** Length of each endpoint time series (Aggregated excluded), in file order. */
  seriesLengths: number[];
}

const folderCache = new Map<string, FileInfo[]>();
function folder(dir: string): FileInfo[] {
  let files = folderCache.get(dir);
  if (!files) {
    files = readdirSync(join(FIXTURES, dir))
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, dir, name))) }));
    folderCache.set(dir, files);
  }
  return files;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What a valid upload of `files` with these fields must be stored as (labels as runs-service makes them). */
export function expectRuns(files: FileInfo[], label: string, project: string, tags: string[]): ExpectedRun[] {
  const { runs } = parseUpload(files);
  return runs.map(({ run }) => ({
    label: runs.length > 1 ? `${label} (${run.meta.label ?? 'run'})` : label,
    project,
    tags: [...new Set(tags)].sort(),
    run,
    files: run.files.map((f) => {
      const bytes = files.find((x) => x.name === f.name)!.bytes;
      return { name: f.name, sizeBytes: bytes.length, sha256: sha256(bytes) };
    }),
    seriesLengths: run.history?.endpoints.map((s) => s.timestampsS.length) ?? [],
  }));
}

/** A stats CSV that starts well (header and two rows) and breaks on line 4: refused mid-parse. */
function brokenStats(): FileInfo {
  const lines = new TextDecoder()
    .decode(folder(FOLDERS[0]!).find((f) => f.name.endsWith('_stats.csv'))!.bytes)
    .split('\n');
  return {
    name: 'broken_stats.csv',
    bytes: new TextEncoder().encode(`${lines.slice(0, 3).join('\n')}\n"GET","/x",oops,1,2\n`),
  };
}

/** Upload `index` of the storm: every 10th from 3 fails inside the transaction,
 *  every 10th from 7 has an invalid file. */
export function planUpload(index: number, projects: string[]): PlannedUpload {
  const kind: UploadKind = index % 10 === 3 ? 'fails-in-transaction' : index % 10 === 7 ? 'invalid-file' : 'valid';
  const base = folder(FOLDERS[index % FOLDERS.length]!);
  const label = `storm ${index}`;
  const tags = ['storm', `u${index}`];
  if (kind === 'fails-in-transaction') {
    const files = folder(FOLDERS[0]!).map((f) => ({ name: `${FAIL_IN_TRANSACTION}-${f.name}`, bytes: f.bytes }));
    return { index, kind, label, project: 'Storm doomed', tags, files, expected: [] };
  }
  const project = projects[index % projects.length]!;
  // The invalid file comes last: the valid ones before it are parsed (and gzipped) first.
  const files = kind === 'invalid-file' ? [...base, brokenStats()] : base;
  return {
    index,
    kind,
    label,
    project,
    tags,
    files,
    expected: kind === 'valid' ? expectRuns(files, label, project, tags) : [],
  };
}

export function formOf(files: FileInfo[], fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.bytes as BlobPart]), f.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

/** Expected rows per run-owned table for one stored run. */
export function rowsOf(e: ExpectedRun): Record<string, number> {
  const h = e.run.history;
  return {
    run: 1,
    run_tag: e.tags.length,
    endpoint_stat: e.run.endpoints.length,
    failure_row: e.run.failures.length,
    exception_row: e.run.exceptions.length,
    transaction_stat: e.run.transactions.length,
    run_series: h ? 1 + h.endpoints.length : 0,
    run_file: e.files.length,
    // The history's figures: the aggregate and every endpoint.
    run_figure: 1 + e.run.endpoints.length,
  };
}
