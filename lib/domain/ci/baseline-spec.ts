// The one grammar of `--baseline` (swarmlens compare / check) and of GET /api/runs/:id/baseline?spec= (issue 18):
//   N                      a position among the RUNs given on the command line, counted from 1
//   PATH                   a run read from files (a directory, a file, a .zip, files joined with commas)
//   id:RUN_ID              a stored run, by id
//   latest:KEY=VALUE,...   the newest stored run of the target's project, created before the target, that
//                          matches every filter (`latest` or `latest:` alone: no filter)
//   rule:NAME              the baseline rule NAME of the target's project (baseline-rule.ts): a pinned run, a
//                          stored latest: spec, or the median of the last N runs of the target's era
// Keys: branch, environment, profile (Locust's --profile), tag (a run tag; repeatable, each must be carried),
// users (the run's user count, a number), go (a criteria set NAME of the project whose verdict on the
// candidate run is GO). Values are compared exactly and hold no comma. `same` as the value of branch,
// environment, profile or users: the target run's own value (a target that does not say it: runs that do not
// either). Pure; errors are BaselineSpecError with one sentence naming what is wrong.

export interface LatestFilters {
  branch?: string;
  environment?: string;
  profile?: string;
  /** Every one of these run tags. */
  tags?: string[];
  users?: number;
  /** The name of a criteria set of the target's project: only runs it judges GO. */
  go?: string;
  /** Keys given as `same` (the target run's value), in SAME_KEYS order; such a key has no value above. */
  same?: SameKey[];
}

/** Keys that take `same`: the target run's own value. */
export const SAME_KEYS = ['branch', 'environment', 'profile', 'users'] as const;
export type SameKey = (typeof SAME_KEYS)[number];

/** A baseline rule's name: lower case, digits, `.`, `_`, `-`; at most 63 characters. */
export const RULE_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

export type BaselineSpec =
  | { kind: 'position'; position: number }
  | { kind: 'path'; path: string }
  | { kind: 'id'; runId: string }
  | { kind: 'latest'; filters: LatestFilters }
  | { kind: 'rule'; name: string };

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
  if (spec === '')
    throw new BaselineSpecError('the baseline is empty: give N, a path, id:RUN_ID, latest:KEY=VALUE or rule:NAME');
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
  if (spec.startsWith('rule:')) return { kind: 'rule', name: ruleName(spec.slice(5).trim()) };
  return { kind: 'path', path: spec };
}

function ruleName(name: string): string {
  if (name === '') throw new BaselineSpecError('rule: needs a rule name (rule:NAME)');
  if (!RULE_NAME.test(name))
    throw new BaselineSpecError(
      `rule:${name}: a rule name is 1 to 63 lower-case letters, digits, ".", "_" or "-", ` +
        'starting with a letter or digit',
    );
  return name;
}

/** The filters of a `latest:` spec's body (what follows `latest:`; a baseline rule stores it). */
export function parseFilters(text: string): LatestFilters {
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
  const same = (SAME_KEYS as readonly string[]).includes(key) && filters.same?.includes(key as SameKey);
  if (filters[key] !== undefined || same) throw new BaselineSpecError(`latest: ${key} is given twice`);
  if (value === 'same' && (SAME_KEYS as readonly string[]).includes(key)) {
    filters.same = SAME_KEYS.filter((k) => k === key || filters.same?.includes(k));
    return;
  }
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
  if (spec.kind === 'rule') return `rule:${spec.name}`;
  const body = filtersText(spec.filters);
  return body === '' ? 'latest' : `latest:${body}`;
}

/** The body of a `latest:` spec (no prefix), keys in a fixed order; '' for no filter. */
export function filtersText(f: LatestFilters): string {
  const value = (key: SameKey, v: string | number | undefined) =>
    f.same?.includes(key) ? `${key}=same` : v !== undefined ? `${key}=${v}` : null;
  const parts = [
    value('branch', f.branch),
    value('environment', f.environment),
    value('profile', f.profile),
    ...(f.tags ?? []).map((t) => `tag=${t}`),
    value('users', f.users),
    f.go !== undefined ? `go=${f.go}` : null,
  ].filter((p): p is string => p !== null);
  return parts.join(',');
}
