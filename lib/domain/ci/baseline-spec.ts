// The one grammar of `--baseline` (swarmlens compare / check) and of GET /api/runs/:id/baseline?spec= (issue 18):
//   N                      a position among the RUNs given on the command line, counted from 1
//   PATH                   a run read from files (a directory, a file, a .zip, files joined with commas)
//   id:RUN_ID              a stored run, by id
//   latest:KEY=VALUE,...   the newest stored run of the target's project, created before the target, that
//                          matches every filter (`latest` or `latest:` alone: no filter)
// Keys: branch, environment, profile (Locust's --profile), tag (a run tag; repeatable, each must be carried),
// users (the run's user count, a number), go (a criteria set NAME of the project whose verdict on the
// candidate run is GO). Values are compared exactly and hold no comma. `rule:NAME` is reserved (a later issue).
// Pure; errors are BaselineSpecError with one sentence naming what is wrong.

export interface LatestFilters {
  branch?: string;
  environment?: string;
  profile?: string;
  /** Every one of these run tags. */
  tags?: string[];
  users?: number;
  /** The name of a criteria set of the target's project: only runs it judges GO. */
  go?: string;
}

export type BaselineSpec =
  | { kind: 'position'; position: number }
  | { kind: 'path'; path: string }
  | { kind: 'id'; runId: string }
  | { kind: 'latest'; filters: LatestFilters };

export class BaselineSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineSpecError';
  }
}

export const LATEST_KEYS = ['branch', 'environment', 'profile', 'tag', 'users', 'go'] as const;
type LatestKey = (typeof LATEST_KEYS)[number];

/** Longest spec read, in characters (a query parameter and a command-line argument alike). */
export const MAX_SPEC_CHARS = 2000;

export function parseBaselineSpec(text: string): BaselineSpec {
  const spec = text.trim();
  if (spec === '') throw new BaselineSpecError('the baseline is empty: give N, a path, id:RUN_ID or latest:KEY=VALUE');
  if (spec.length > MAX_SPEC_CHARS) throw new BaselineSpecError(`the baseline is over ${MAX_SPEC_CHARS} characters`);
  if (/^\d+$/.test(spec)) {
    const position = Number(spec);
    if (position < 1 || !Number.isSafeInteger(position))
      throw new BaselineSpecError(`baseline position ${spec}: count from 1`);
    return { kind: 'position', position };
  }
  if (spec.startsWith('id:')) {
    const runId = spec.slice(3).trim();
    if (runId === '') throw new BaselineSpecError('id: needs a run id (id:RUN_ID)');
    if (/[\s,]/.test(runId)) throw new BaselineSpecError(`id:${runId}: a run id holds no space or comma`);
    return { kind: 'id', runId };
  }
  if (spec === 'latest' || spec.startsWith('latest:')) return { kind: 'latest', filters: parseFilters(spec.slice(7)) };
  if (spec.startsWith('rule:'))
    throw new BaselineSpecError('rule:NAME baselines are not supported yet: use id:RUN_ID or latest:KEY=VALUE');
  return { kind: 'path', path: spec };
}

function parseFilters(text: string): LatestFilters {
  const filters: LatestFilters = {};
  if (text.trim() === '') return filters;
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (key === '') throw new BaselineSpecError(`latest: "${part.trim()}" is not KEY=VALUE`);
    if (!(LATEST_KEYS as readonly string[]).includes(key))
      throw new BaselineSpecError(`latest: unknown key "${key}" (keys: ${LATEST_KEYS.join(', ')})`);
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (value === '') throw new BaselineSpecError(`latest: ${key} needs a value (${key}=VALUE)`);
    if (/[\u0000-\u001f\u007f]/.test(value)) throw new BaselineSpecError(`latest: ${key} holds a control character`);
    setFilter(filters, key as LatestKey, value);
  }
  return filters;
}

function setFilter(filters: LatestFilters, key: LatestKey, value: string): void {
  if (key === 'tag') {
    filters.tags = [...(filters.tags ?? []), value];
    return;
  }
  if (filters[key] !== undefined) throw new BaselineSpecError(`latest: ${key} is given twice`);
  if (key === 'users') {
    const users = Number(value);
    if (!/^\d+(?:\.\d+)?$/.test(value) || !Number.isFinite(users) || users <= 0)
      throw new BaselineSpecError(`latest: users must be a positive number, not "${value}"`);
    filters.users = users;
    return;
  }
  filters[key] = value;
}

/** The spec as text again, keys in a fixed order (tag repeated): what answers and messages show. */
export function baselineSpecText(spec: BaselineSpec): string {
  if (spec.kind === 'position') return String(spec.position);
  if (spec.kind === 'path') return spec.path;
  if (spec.kind === 'id') return `id:${spec.runId}`;
  const f = spec.filters;
  const parts = [
    f.branch !== undefined ? `branch=${f.branch}` : null,
    f.environment !== undefined ? `environment=${f.environment}` : null,
    f.profile !== undefined ? `profile=${f.profile}` : null,
    ...(f.tags ?? []).map((t) => `tag=${t}`),
    f.users !== undefined ? `users=${f.users}` : null,
    f.go !== undefined ? `go=${f.go}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? 'latest' : `latest:${parts.join(',')}`;
}

/** "on branch main in staging with 100 users tagged nightly judged GO by Release": the filters in words. */
export function filtersInWords(f: LatestFilters): string {
  const words = [
    f.branch !== undefined ? `on branch ${f.branch}` : null,
    f.environment !== undefined ? `in environment ${f.environment}` : null,
    f.profile !== undefined ? `with profile ${f.profile}` : null,
    f.tags && f.tags.length > 0 ? `tagged ${f.tags.join(' and ')}` : null,
    f.users !== undefined ? `with ${f.users} users` : null,
    f.go !== undefined ? `judged GO by criteria set ${f.go}` : null,
  ].filter((w): w is string => w !== null);
  return words.join(' ');
}
