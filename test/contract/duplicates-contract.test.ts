// Duplicate uploads (issue 15), as docs/contract.md states them: POST /api/runs answers `duplicateOf`
// (still storing the run), and POST /api/runs/check-duplicates finds stored runs from the sha256 the
// upload preview computes in the browser (lib/view/upload/preview-hashes.ts) — the same hashes the server
// stores: each file's bytes, zip entries each on their own, names ignored, any project.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { previewRunHashes } from '../../lib/view/upload/preview-hashes';
import { buildPreview } from '../../lib/view/upload/preview-model';
import { deflated, makeZip } from '../hostile/generate';
import { expectShape, RUN_20U, RUN_40U } from './support';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-duplicates-')), 'd.db')}`;
const runs = await import('../../app/api/runs/route');
const check = await import('../../app/api/runs/check-duplicates/route');
const { getDatabase } = await import('../../lib/server/db/client');
const { readRevision } = await import('../../lib/server/db/revision-store');

type Input = { name: string; bytes: Uint8Array };
const folder = (dir: string): Input[] =>
  readdirSync(dir)
    .filter((n) => /\.(csv|html)$/.test(n))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
const renamed = (files: Input[]) => files.map((f) => ({ ...f, name: f.name.replace('smallpool-20u', 'monday') }));
const zipped = (files: Input[]) => [{ name: 'run.zip', bytes: makeZip(files.map((f) => deflated(f.name, f.bytes))) }];

async function upload(files: Input[], project: string) {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.bytes as BlobPart]), f.name);
  form.append('project', project);
  const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
  expect(res.status).toBe(201);
  return res.json();
}

/** What the upload page sends: the preview's runs, each as the sha256 of its files. */
async function previewHashes(files: Input[]): Promise<string[][]> {
  const preview = buildPreview(files);
  const hashes = await previewRunHashes(files, preview);
  return preview.runs.map((r) => hashes[r.key] ?? []);
}

const postCheck = (body: unknown) =>
  check.POST(
    new Request('http://test/api/runs/check-duplicates', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );

const duplicate = z.object({
  id: z.string(),
  label: z.string(),
  project: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string().datetime(),
  url: z.string(),
});
const checkAnswer = z.object({ runs: z.array(z.object({ duplicateOf: z.array(duplicate) })) });
const uploadAnswer = z.object({
  id: z.string(),
  url: z.string(),
  duplicateOf: z.array(z.string()),
  runs: z.array(z.object({ id: z.string(), label: z.string(), url: z.string(), duplicateOf: z.array(z.string()) })),
});

let first = '';
beforeAll(async () => {
  const body = await upload(folder(RUN_20U), 'Shop');
  expectShape(uploadAnswer, body);
  expect(body.duplicateOf).toEqual([]);
  first = body.id;
}, 60_000);

describe('POST /api/runs/check-duplicates', () => {
  test.each([
    ['the same files', true, () => folder(RUN_20U)],
    ['the same files under other names', true, () => renamed(folder(RUN_20U))],
    ['the same files in a zip', true, () => zipped(folder(RUN_20U))],
    ['only some of them', false, () => folder(RUN_20U).filter((f) => f.name.endsWith('_stats.csv'))],
    ['another run', false, () => folder(RUN_40U)],
  ])('%s: a duplicate %s', async (_what, found, files) => {
    const hashes = await previewHashes(files());
    expect(hashes).toHaveLength(1);
    const res = await postCheck({ runs: hashes.map((sha256) => ({ sha256 })) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expectShape(checkAnswer, body);
    expect(body.runs[0].duplicateOf.map((d: { id: string }) => d.id)).toEqual(found ? [first] : []);
    if (found)
      expect(body.runs[0].duplicateOf[0]).toMatchObject({
        label: 'smallpool-20u',
        project: { name: 'Shop' },
        url: `/runs/${first}`,
      });
  });

  test('several runs at once, answered in order; upper-case hex is the same hash', async () => {
    const [h20] = await previewHashes(folder(RUN_20U));
    const [h40] = await previewHashes(folder(RUN_40U));
    const body = await (
      await postCheck({ runs: [{ sha256: h40 }, { sha256: h20!.map((h) => h.toUpperCase()) }] })
    ).json();
    expect(body.runs.map((r: { duplicateOf: { id: string }[] }) => r.duplicateOf.map((d) => d.id))).toEqual([
      [],
      [first],
    ]);
  });

  test('reads only: nothing stored, no cached view outdated', async () => {
    const { prisma } = await getDatabase();
    const [runsBefore, revisionBefore] = [await prisma.run.count(), await readRevision(prisma)];
    const [hashes] = await previewHashes(folder(RUN_20U));
    expect((await postCheck({ runs: [{ sha256: hashes }] })).status).toBe(200);
    expect([await prisma.run.count(), await readRevision(prisma)]).toEqual([runsBefore, revisionBefore]);
  });

  test.each([
    ['not JSON', '{runs'],
    ['no runs', { runs: [] }],
    ['a run without files', { runs: [{ sha256: [] }] }],
    ['not a sha256', { runs: [{ sha256: ['abc'] }] }],
  ])('400 for %s', async (_what, body) => {
    const res = await postCheck(body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('bad_request');
  });
});

describe('POST /api/runs still stores a duplicate and names the runs it repeats', () => {
  test('the same files zipped, into another project: 201, duplicateOf the first run, a new run', async () => {
    const body = await upload(zipped(folder(RUN_20U)), 'Another project');
    expectShape(uploadAnswer, body);
    expect(body.id).not.toBe(first);
    expect(body.duplicateOf).toEqual([first]);
    expect(body.runs[0].duplicateOf).toEqual([first]);
    const again = await upload(renamed(folder(RUN_20U)), 'Shop');
    expect(again.duplicateOf).toEqual([first, body.id]);
  });

  test('a run of other files: duplicateOf []', async () => {
    expect((await upload(folder(RUN_40U), 'Shop')).duplicateOf).toEqual([]);
  });
});
