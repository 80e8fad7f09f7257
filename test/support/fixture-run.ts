// One run parsed from a fixtures/ folder: every file, or those whose names match `only`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseUpload } from '../../lib/domain/locust/index';
import type { ParsedRun } from '../../lib/domain/locust/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

export function fixtureRun(dir: string, only: RegExp = /./): ParsedRun {
  const files = readdirSync(join(FIXTURES, dir))
    .filter((n) => only.test(n))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, dir, name))) }));
  return parseUpload(files).runs[0]!.run;
}
