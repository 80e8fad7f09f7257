// Test helper: parses real fixture files the way an upload would (tests only: reads the disk).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseUpload } from '../locust/index';
import type { ParsedRun } from '../locust/types';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures');

/** The only run formed by `files` of `folder` (every file of the folder when omitted). */
export function fixtureRun(folder: string, files?: string[]): ParsedRun {
  const dir = join(FIXTURES, folder);
  const names = files ?? readdirSync(dir).filter((n) => /\.(csv|html|json)$/.test(n));
  const { runs } = parseUpload(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })));
  if (runs.length !== 1) throw new Error(`${folder}: expected one run, got ${runs.length}`);
  return (runs[0] as (typeof runs)[number]).run;
}

export const SMALLPOOL_20U = 'locust-2.12-generated/smallpool-20u';
export const ONS_SRB_0011 = 'locust-real/ons-srb-0011-locust1.2.3';
export const ONS_SRB_0011_10_CLIENTS = ['3500mcpu_10_clients_stats.csv', '3500mcpu_10_clients_stats_history.csv'];
export const VEROLIUT_HTML = 'locust-real/veroliut-retail-2.29.1';
