// Shared by the contract tests: the `swarmlens` command as scripts run it (a child process: stdout,
// stderr, exit code), fixture paths, and a zod check that reports every field out of contract.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { z } from 'zod';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'fixtures');
export const RUN_20U = join(FIXTURES, 'locust-2.12-generated/smallpool-20u');
export const RUN_40U = join(FIXTURES, 'locust-2.12-generated/smallpool-40u');

export function swarmlens(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const bin = join(ROOT, 'bin/swarmlens.mjs');
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every issue of `value` against `schema` ("path: message"), so a failure names each field out of contract. */
export function expectShape(schema: z.ZodType, value: unknown): void {
  const r = schema.safeParse(value);
  expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
}
