// Evaluating every run of a project against every criteria set: 200 runs x 10 sets x 20 criteria,
// per scope kind (the project page, roadmap verification and compare page do this on each read).
// Run: npx tsx bench/project-evaluation.ts
import { fixtureRun } from '../test/support/fixture-run';
import { evaluateProject } from '../lib/domain/criteria/project-evaluation';
const base = fixtureRun('locust-2.12-generated/smallpool-40u');
const runs = Array.from({ length: 200 }, (_, i) => ({
  id: `r${i}`,
  label: `r${i}`,
  createdAt: new Date(1e12 + i).toISOString(),
  userCount: 40,
  run: structuredClone(base),
}));
for (const kind of ['aggregate', 'endpoint:GET /dashboard/', 'group:/api/project/']) {
  const sets = Array.from({ length: 10 }, (_, s) => ({
    id: `s${s}`,
    projectId: 'p',
    name: `s${s}`,
    description: null,
    baselineRunId: 'r0',
    createdAt: '',
    updatedAt: '',
    criteria: Array.from({ length: 20 }, (_, c) => ({
      id: `c${s}-${c}`,
      metric: c % 2 ? 'p95Ms' : 'failureRate',
      scope: kind.startsWith('group') ? `group:/api/project/${c % 5 ? '' : ''}` : kind,
      op: '<' as const,
      target: 1000 + c,
      ...(c % 3 === 0 ? { relative: 'baseline' as const } : {}),
    })),
  }));
  const fresh = runs.map((r) => ({ ...r, run: structuredClone(base) }));
  const t = performance.now();
  evaluateProject(fresh, sets);
  console.log(kind, ((performance.now() - t) / 1000).toFixed(3), 's for 200 runs x 10 sets x 20 criteria');
}
