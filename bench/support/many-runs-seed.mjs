// Fills a project through the HTTP API as a user would: RUNS uploads (POST /api/runs, several at
// once), three criteria sets of 10 criteria, a roadmap whose items link to criteria (created half
// way, so later runs verify or break them), and a few sign-offs.
import { makeRun } from './many-runs-data.mjs';

async function call(url, init, expected = 201) {
  const res = await fetch(url, init);
  const body = await res.text();
  if (res.status !== expected)
    throw new Error(`${init?.method ?? 'GET'} ${url}: HTTP ${res.status} ${body.slice(0, 300)}`);
  return JSON.parse(body);
}

const postJson = (url, body) =>
  call(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function uploadRun(baseUrl, project, index) {
  const run = makeRun(index);
  const form = new FormData();
  for (const f of run.files) form.append('files', new Blob([f.text], { type: 'text/csv' }), f.name);
  form.append('project', project);
  form.append('label', run.label);
  form.append('userCount', String(run.userCount));
  form.append('tags', run.tags.join(','));
  return (await call(`${baseUrl}/api/runs`, { method: 'POST', body: form })).id;
}

/** Uploads runs [from, to) with `concurrency` requests in flight; ids in upload order. */
async function uploadRange(baseUrl, project, from, to, concurrency) {
  const ids = new Array(to - from);
  let next = from;
  const worker = async () => {
    while (next < to) {
      const i = next++;
      ids[i - from] = await uploadRun(baseUrl, project, i);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ids;
}

const c = (metric, scope, op, target, extra = {}) => ({ metric, scope, op, target, ...extra });

function criteriaSets(baselineRunId) {
  return [
    {
      name: 'Conditional GO',
      description: 'Good enough to release behind a flag.',
      criteria: [
        c('failureRate', 'aggregate', '<', 0.01),
        c('p95Ms', 'aggregate', '<', 700),
        c('medianMs', 'aggregate', '<', 250, { severity: 'should' }),
        c('rps', 'aggregate', '>', 20),
        c('p95Ms', 'endpoint:POST /login', '<', 900),
        c('p95Ms', 'endpoint:GET /api/orders', '<', 700),
        c('p99Ms', 'endpoint:/api/orders/[id]', '<', 1500),
        c('p95Ms', 'group:/api/cart', '<', 800),
        c('failureRate', 'group:/api/products', '<', 0.005),
        c('failureRate', 'endpoint:POST /api/checkout', '<', 0.02, { minRequests: 100 }),
      ],
    },
    {
      name: 'Production GO',
      description: 'The bar for a full release.',
      criteria: [
        c('failureRate', 'aggregate', '<', 0.002),
        c('p95Ms', 'aggregate', '<', 450),
        c('p99Ms', 'aggregate', '<', 800),
        c('rps', 'aggregate', '>', 40, { severity: 'should' }),
        c('p95Ms', 'endpoint:POST /api/checkout', '<', 500),
        c('p95Ms', 'endpoint:GET /dashboard', '<', 400),
        c('medianMs', 'group:/api/products', '<', 150),
        c('maxMs', 'endpoint:GET /api/products/search', '<', 3000, { severity: 'should' }),
        c('successRate', 'aggregate', '>=', 0.995),
        c('p95Ms', 'group:/api/users', '<', 500),
      ],
    },
    {
      name: 'No regression',
      description: 'Against the first run.',
      baselineRunId,
      criteria: [
        c('p95Ms', 'aggregate', '<=', 0.1, { relative: 'baseline', floorMs: 20 }),
        c('medianMs', 'aggregate', '<=', 0.1, { relative: 'baseline', floorMs: 10 }),
        c('rps', 'aggregate', '>=', -0.1, { relative: 'baseline' }),
        c('failureRate', 'aggregate', '<', 0.01),
        c('p95Ms', 'endpoint:POST /login', '<=', 0.2, { relative: 'baseline', floorMs: 30 }),
        c('p95Ms', 'endpoint:GET /api/orders', '<=', 0.2, { relative: 'baseline' }),
        c('p95Ms', 'group:/api/cart', '<=', 0.2, { relative: 'baseline', severity: 'should' }),
        c('p99Ms', 'aggregate', '<=', 0.25, { relative: 'baseline' }),
        c('avgMs', 'endpoint:POST /api/checkout', '<=', 0.15, { relative: 'baseline', floorMs: 15 }),
        c('p95Ms', 'group:/api/products', '<=', 0.2, { relative: 'baseline' }),
      ],
    },
  ];
}

async function roadmap(baseUrl, projectId, sets) {
  const ids = (set, ...positions) => positions.map((p) => sets[set].criteria[p].id);
  const phases = [
    [
      'Infrastructure',
      [
        ['Scale the database', [0, 1, 2]],
        ['Add a CDN for static files', [1]],
        ['Raise the worker pool', [0, 3]],
        ['Tune the connection pool', [1, 4]],
      ],
    ],
    [
      'Application',
      [
        ['Cache the product list', [1, 6]],
        ['Batch cart writes', [0, 7]],
        ['Index order lookups', [0, 5, 6]],
        ['Fix checkout retries', [1, 4, 8]],
      ],
    ],
  ];
  let n = 0;
  // An item no run verifies (its criterion is never met): verification must look at every later run.
  const open = await postJson(`${baseUrl}/api/projects/${projectId}/roadmap/phases`, { title: 'Open issues' });
  await postJson(`${baseUrl}/api/roadmap/phases/${open.id}/items`, {
    title: 'Checkout p99 under 150 ms',
    priority: 'critical',
    newCriteria: [{ setName: 'Production GO', criterion: c('p99Ms', 'endpoint:POST /api/checkout', '<', 150) }],
  });
  for (const [title, items] of phases) {
    const phase = await postJson(`${baseUrl}/api/projects/${projectId}/roadmap/phases`, { title });
    for (const [itemTitle, positions] of items) {
      const set = n++ % sets.length;
      await postJson(`${baseUrl}/api/roadmap/phases/${phase.id}/items`, {
        title: itemTitle,
        priority: 'high',
        owner: 'perf team',
        criterionIds: ids(set, ...positions),
      });
    }
  }
}

/** Returns { projectId, runIds, setIds, seedS }. */
export const PROJECT_NAME = 'Many runs';

export async function seedProject(baseUrl, { project = PROJECT_NAME, runs = 1000, concurrency = 6 } = {}) {
  const t0 = performance.now();
  const half = Math.floor(runs / 2);
  // The first upload creates the project alone: concurrent first uploads into a new project race
  // on its unique name (PostgreSQL answers 409 to all but one).
  const first = [
    ...(await uploadRange(baseUrl, project, 0, 1, 1)),
    ...(await uploadRange(baseUrl, project, 1, half, concurrency)),
  ];
  const projectId = (await call(`${baseUrl}/api/projects`, undefined, 200)).projects.find((p) => p.name === project).id;
  const sets = [];
  for (const input of criteriaSets(first[0]))
    sets.push(await postJson(`${baseUrl}/api/projects/${projectId}/criteria-sets`, input));
  await roadmap(baseUrl, projectId, sets);
  const second = await uploadRange(baseUrl, project, half, runs, concurrency);
  const runIds = [...first, ...second];
  for (const [set, runId] of [
    [0, runIds[10]],
    [1, runIds[half]],
    [0, runIds.at(-1)],
  ]) {
    const verdict = (await call(`${baseUrl}/api/criteria-sets/${sets[set].id}?run=${runId}`, undefined, 200)).verdict
      .verdict;
    await postJson(`${baseUrl}/api/criteria-sets/${sets[set].id}/sign-offs`, {
      runId,
      decision: verdict,
      decidedBy: 'Bench',
      note: 'signed off by the benchmark',
    });
  }
  return { projectId, runIds, setIds: sets.map((s) => s.id), seedS: (performance.now() - t0) / 1000 };
}
