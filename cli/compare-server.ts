// `swarmlens compare RUN_ID --server URL [--token T] --baseline SPEC [--format json|md|pr]`: the server picks the
// baseline (GET /api/runs/RUN_ID/baseline?spec=SPEC: id:RUN_ID, latest:KEY=VALUE,... or rule:NAME) and compares
// the two stored runs with the project's criteria sets (GET /api/compare); `pr` is the pull-request comment,
// linking the server's comparison page. Without --baseline: `latest` (the newest run of the project before RUN_ID).
// `--criteria FILE` (repeatable): each file's set judged on the target by the server (POST /api/runs/:id/check,
// relative criteria against the resolved baseline), added to the comparison's criteria (json, pr; not md).
import { BaselineSpecError, parseBaselineSpec } from '../lib/domain/ci/baseline-spec';
import type { Comparison } from '../lib/domain/analysis/types';
import { withVerdicts } from '../lib/domain/criteria/add-verdicts';
import type { OutOfScopeVerdict } from '../lib/domain/criteria/check';
import type { CriteriaSet, Verdict } from '../lib/domain/criteria/types';
import { prComment } from '../lib/domain/report/pr-comment';
import { UsageError } from './read-run-input';
import { ServerClient } from './server-client';

export interface ServerCompare {
  runs: string[];
  baseline: string | null;
  format: 'json' | 'md' | 'pr';
  groups: string[];
  /** Criteria sets read from files, judged on the target by the server. */
  sets: CriteriaSet[];
  window: 'whole' | 'steady';
  server: string;
  token: string | null;
}

interface Resolved {
  runId: string;
  spec: string;
}

export async function compareOnServer(o: ServerCompare, out: NodeJS.WritableStream): Promise<number> {
  if (o.runs.length !== 1) throw new UsageError('compare --server: give exactly one RUN_ID (the run to judge)');
  if (o.server.trim() === '') throw new UsageError('compare: --server needs a URL');
  const target = o.runs[0]!;
  const client = new ServerClient({ server: o.server, token: o.token });
  const spec = o.baseline ?? 'latest';
  try {
    const kind = parseBaselineSpec(spec).kind;
    if (kind === 'position' || kind === 'path')
      throw new UsageError(`compare --server: --baseline ${spec}: give id:RUN_ID, latest:KEY=VALUE,... or rule:NAME`);
  } catch (e) {
    if (e instanceof BaselineSpecError) throw new UsageError(`compare: --baseline: ${e.message}`);
    throw e;
  }
  const resolved = await client.getJson<Resolved>(
    `/api/runs/${encodeURIComponent(target)}/baseline?spec=${encodeURIComponent(spec)}`,
    'compare: baseline',
  );
  const query = new URLSearchParams({ runs: `${resolved.runId},${target}`, baseline: resolved.runId });
  for (const g of o.groups) query.append('group', g);
  if (o.window !== 'whole') query.set('window', o.window);
  const page = client.url(`/compare?${query}`);
  if (o.format === 'md') {
    if (o.sets.length > 0) throw new UsageError('compare --server: --criteria is for --format json or pr');
    query.set('format', 'md');
    out.write(await client.getText(`/api/compare?${query}`, 'compare'));
    return 0;
  }
  const checked = [];
  for (const set of o.sets) {
    const path = `/api/runs/${encodeURIComponent(target)}/check`;
    const body = { ...set, baseline: resolved.runId };
    checked.push({ set, verdict: await client.postJson<Verdict | OutOfScopeVerdict>(path, body, 'compare: check') });
  }
  const comparison = withVerdicts(await client.getJson<Comparison>(`/api/compare?${query}`, 'compare'), checked);
  if (o.format === 'pr') out.write(prComment(comparison, { compareUrl: page, baselineSpec: resolved.spec }));
  else out.write(`${JSON.stringify({ ...comparison, resolvedBaseline: { ...resolved, url: page } }, null, 2)}\n`);
  return 0;
}
