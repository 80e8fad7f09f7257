// What the Locust plugin specs share: the target, an editor API token of the secured server, the plugin's
// options, and the run a plugin line names (e2e/locust-plugin*.secured.spec.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';
import { adminSecretContext } from './accounts';
import { pluginLines, PORTS, startTarget } from './locust-process';

export const TARGET = `http://127.0.0.1:${PORTS.target}`;
export const PROJECT = 'Locust plugin e2e';
export const COMMIT = '3f786850e387550fdab836ed7e6dc881de23001b';
/** A GitLab CI job's variables. */
export const GITLAB = {
  GITLAB_CI: 'true',
  CI_COMMIT_SHA: COMMIT,
  CI_COMMIT_SHORT_SHA: COMMIT.slice(0, 8),
  CI_COMMIT_BRANCH: 'main',
  CI_ENVIRONMENT_NAME: 'staging',
  CI_JOB_URL: 'https://gitlab.example/acme/shop/-/jobs/4242',
};

export interface PluginSession {
  api: APIRequestContext;
  /** A folder for Locust's own --csv output. */
  work: string;
  /** The --swarmlens-* options of a test labelled `label`. */
  options: (label: string) => string[];
  /** The Run JSON of the run named by the plugin's one line on `stderr` (which must be "run stored"). */
  storedRun: (stderr: string) => Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close: () => Promise<void>;
}

export async function pluginSession(
  playwright: PlaywrightWorkerArgs['playwright'],
  base: string,
  tokenName: string,
): Promise<PluginSession> {
  const target: Server = await startTarget(PORTS.target);
  const api = await adminSecretContext(playwright, base);
  const made = await api.post('/api/tokens', { data: { name: tokenName, role: 'editor' } });
  expect(made.status(), await made.text()).toBe(201);
  const token: string = (await made.json()).token;
  const auth = { Authorization: `Bearer ${token}` };
  const work = mkdtempSync(join(tmpdir(), 'swarmlens-locust-e2e-'));
  return {
    api,
    work,
    options: (label) => [
      ...['--swarmlens-url', base, '--swarmlens-token', token, '--swarmlens-project', PROJECT],
      ...['--swarmlens-label', label, '--swarmlens-tags', 'e2e, plugin'],
    ],
    async storedRun(stderr) {
      const lines = pluginLines(stderr);
      expect(lines, stderr).toHaveLength(1);
      const url = /^swarmlens: run stored: (\S+)$/.exec(lines[0]!)?.[1];
      expect(url, lines[0]).toMatch(new RegExp(`^${base}/runs/run_`));
      const res = await api.get(`/api/runs/${url!.split('/').pop()!}`, { headers: auth });
      expect(res.status()).toBe(200);
      return res.json();
    },
    async close() {
      await new Promise((resolve) => target.close(resolve));
      rmSync(work, { recursive: true, force: true });
      await api.dispose();
    },
  };
}
