// "A write on one instance is visible on the others at the next read": writes through one instance,
// then reads through another whose cached views were filled just before, and counts reads that miss it.
import { uploadFolder } from './seed-review.mjs';

const PROJECT = 'Scale-out: visibility';
const FOLDER = 'fixtures/locust-2.12-generated/smallpool-20u';

async function getJson(url) {
  const res = await fetch(url);
  return { status: res.status, body: res.ok ? await res.json() : null };
}

async function getText(url) {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
}

/** What `reader` shows of run `runId` of project `projectId`: its JSON, the project API, the runs list
 *  API and the project's runs page. */
async function views(reader, projectId, runId) {
  const [run, project, list, page] = await Promise.all([
    getJson(`${reader}/api/runs/${runId}`),
    getJson(`${reader}/api/projects/${projectId}`),
    getJson(`${reader}/api/runs?project=${projectId}&pageSize=50`),
    getText(`${reader}/runs?project=${projectId}`),
  ]);
  return {
    runStatus: run.status,
    label: run.body?.meta.label ?? null,
    inProject: project.body?.runs.some((r) => r.id === runId) ?? false,
    inList: list.body?.items.some((r) => r.id === runId) ?? false,
    inPage: page.text.includes(runId),
    pageText: page.text,
  };
}

/** `rounds` rounds, alternating the writing instance: upload, rename, delete on one, each checked on the
 *  other right after its answer. Returns counts of reads that were checked and that showed stale data. */
export async function checkCrossInstanceVisibility(instances, rounds = 10) {
  let checked = 0;
  const stale = [];
  const expect = (round, what, ok) => {
    checked += 1;
    if (!ok) stale.push(`round ${round}: ${what}`);
  };
  let projectId = null;
  for (let round = 0; round < rounds; round++) {
    const writer = instances[round % instances.length];
    const reader = instances[(round + 1) % instances.length];
    if (projectId) await views(reader, projectId, 'none'); // fills the reader's cached views
    const label = `visibility ${round}`;
    const upload = await uploadFolder(writer, FOLDER, { project: PROJECT, label });
    projectId ??= (await getJson(`${writer}/api/runs/${upload.id}`)).body.project.id;
    let seen = await views(reader, projectId, upload.id);
    expect(round, 'upload: run JSON', seen.runStatus === 200 && seen.label === label);
    expect(round, 'upload: project API', seen.inProject);
    expect(round, 'upload: runs list API', seen.inList);
    expect(round, 'upload: runs page', seen.inPage);

    const renamed = `renamed ${round}`;
    const patch = await fetch(`${writer}/api/runs/${upload.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ label: renamed }),
    });
    if (!patch.ok) throw new Error(`PATCH /api/runs/${upload.id} answered ${patch.status}`);
    seen = await views(reader, projectId, upload.id);
    expect(round, 'rename: run JSON', seen.label === renamed);
    expect(round, 'rename: runs page', seen.pageText.includes(renamed));

    const deleted = await fetch(`${writer}/api/runs/${upload.id}`, { method: 'DELETE' });
    if (deleted.status !== 204) throw new Error(`DELETE /api/runs/${upload.id} answered ${deleted.status}`);
    seen = await views(reader, projectId, upload.id);
    expect(round, 'delete: run JSON', seen.runStatus === 404);
    expect(round, 'delete: project API', !seen.inProject);
    expect(round, 'delete: runs list API', !seen.inList);
    expect(round, 'delete: runs page', !seen.inPage);
  }
  return { rounds, readsChecked: checked, staleReads: stale.length, stale: stale.slice(0, 10) };
}
