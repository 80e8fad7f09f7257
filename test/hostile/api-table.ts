// The hostile table through POST /api/runs in-process (the route handler, no server): a refused
// upload answers 4xx with details naming the file (and line), and leaves every table as it was;
// a read one answers 201 and GET /api/runs/:id shows the expected figures. Never a 500.
import { expect, test } from 'vitest';
import { CASES, outcomeFor, type HostileCase } from './corpus';
import { expectReads } from './expect-run';

const MODELS = [
  'project',
  'run',
  'runTag',
  'endpointStat',
  'transactionStat',
  'failureRow',
  'exceptionRow',
  'runSeries',
  'runFile',
  'criteriaSet',
  'criterion',
  'signOff',
  'roadmapPhase',
  'roadmapItem',
  'roadmapItemCriterion',
  'share',
  'session',
  'apiToken',
  'authAttempt',
  'comparisonNote',
  'dataRevision',
] as const;

type Counter = { count(): Promise<number> };

export function apiTable(cases: HostileCase[] = CASES): void {
  const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
  async function rowCounts(): Promise<Record<string, number>> {
    const { getDatabase } = await import('../../lib/server/db/client');
    const { prisma } = await getDatabase();
    const counts: Record<string, number> = {};
    for (const m of MODELS) counts[m] = await (prisma as unknown as Record<string, Counter>)[m]!.count();
    return counts;
  }

  test.each(cases.map((c) => [c.id, c] as const))(
    '%s',
    async (_id, c) => {
      const runs = await import('../../app/api/runs/route');
      const one = await import('../../app/api/runs/[id]/route');
      const form = new FormData();
      for (const f of c.files()) form.append('files', new Blob([f.bytes as BlobPart]), f.name);
      const before = await rowCounts();
      const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
      const body = await res.json();
      const want = outcomeFor(c, 'api');
      expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(want.kind === 'error' ? want.status : 201);
      const after = await rowCounts();
      if (want.kind === 'error') {
        expect(after).toEqual(before);
        expect(body.error.message).toMatch(want.reason);
        if (want.file !== null) {
          expect(body.error.details).toEqual({
            file: want.file,
            line: want.line,
            reason: expect.stringMatching(want.reason),
          });
          expect(body.error.message).toContain(want.file);
        }
        return;
      }
      expect(body.runs).toHaveLength(want.runs);
      expect(after.run).toBe(before.run! + want.runs);
      const run = await (await one.GET(new Request(`http://test/api/runs/${body.id}`), ctx({ id: body.id }))).json();
      expectReads(run, want);
    },
    180_000,
  );
}
