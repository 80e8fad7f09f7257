// Checks a Run JSON (library, CLI or API) against a `reads` outcome of the hostile table.
import { expect } from 'vitest';
import type { RunJson } from '../../lib/domain/locust/index';
import type { ReadsOutcome } from './corpus';

export function expectReads(run: Pick<RunJson, 'aggregated' | 'endpoints' | 'files'>, want: ReadsOutcome): void {
  expect({
    requests: run.aggregated.requests,
    failures: run.aggregated.failures,
    endpoints: run.endpoints.length,
  }).toEqual({
    requests: want.requests,
    failures: want.failures,
    endpoints: want.endpoints,
  });
  const names = run.endpoints.map((e) => e.name);
  for (const name of want.names ?? []) expect(names).toContain(name);
  if (want.files) expect(run.files.map((f) => f.name).sort()).toEqual([...want.files].sort());
  if (want.medianOf) expect(run.endpoints.find((e) => e.name === want.medianOf!.name)?.medianMs).toBe(want.medianOf.ms);
}
