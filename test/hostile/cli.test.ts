// The hostile table through `swarmlens parse` (spawned, as a user runs it): a refused input exits
// 2 with one stderr line naming the file (and line); a read one exits 0 with the Run JSON.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CASES, outcomeFor } from './corpus';
import { expectReads } from './expect-run';

const ROOT = join(import.meta.dirname, '../..');
const TMP = mkdtempSync(join(tmpdir(), 'swarmlens-hostile-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function swarmlens(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/swarmlens.mjs'), ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('hostile inputs through swarmlens parse', () => {
  test.each(CASES.map((c) => [c.id, c] as const))(
    '%s',
    async (_id, c) => {
      const dir = join(TMP, c.id);
      mkdirSync(dir);
      const files = c.files();
      for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
      // One file is named; several are given as their folder (a comma list of 10,000 is too long).
      const run = files.length === 1 ? join(dir, files[0]!.name) : dir;
      const r = await swarmlens(['parse', run]);
      rmSync(dir, { recursive: true, force: true });
      const want = outcomeFor(c, 'cli');
      if (want.kind === 'error') {
        expect(r.code, r.stderr).toBe(2);
        expect(r.stdout).toBe('');
        const lines = r.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        const where = want.file === null ? '' : `${want.file}${want.line === null ? '' : `:${want.line}`}: `;
        expect(lines[0]!.startsWith(`swarmlens: ${where}`), lines[0]).toBe(true);
        expect(lines[0]).toMatch(want.reason);
        expect(lines[0]).not.toMatch(/internal error|\n[ \t]+at /);
      } else {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expectReads(JSON.parse(r.stdout), want);
      }
    },
    120_000,
  );
});
