// The Markdown report opens with the meeting verdict, the one the pages show (lib/view/compare/meeting-verdict):
// the criteria's verdict on the target with the change beside it, then each set with the criteria it misses and
// the endpoints that drive them, before any figure. Real runs: fixtures/locust-2.12-series (see its README).
import { describe, expect, test } from 'vitest';
import { compareWithCriteria } from '../criteria/compare';
import { evaluateCriteria } from '../criteria/evaluate';
import type { CriteriaSet } from '../criteria/types';
import { runMeetingVerdict } from './run-verdict';
import { fixtureRun } from '../../../test/support/fixture-run';
import { comparisonMarkdown } from './markdown';
import { runReportMarkdown } from './markdown-run';

const series = (name: string) => {
  const run = fixtureRun(`locust-2.12-series/${name}`, new RegExp(`^${name}[_.]`));
  return { ...run, meta: { ...run.meta, label: name } };
};
const [u100, retest] = [series('series-100u'), series('series-retest-100u')];

const PRODUCTION: CriteriaSet = {
  name: 'Production GO',
  criteria: [
    { metric: 'failureRate', scope: 'aggregate', op: '<', target: 0.005 },
    { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 2000 },
  ],
};

describe('the retest: NO-GO on the criteria, improved against series-100u', () => {
  const pair = [
    { id: 'a', run: u100 },
    { id: 'b', run: retest },
  ];
  const md = comparisonMarkdown(compareWithCriteria(pair, 0, undefined, [], [PRODUCTION]));
  const lines = md.split('\n');

  test('the verdict block comes first, the change beside the verdict, then the notes and the figures', () => {
    expect(lines.slice(0, 7)).toEqual([
      '# Load test comparison: series-100u vs series-retest-100u',
      '',
      '**Status: 🔴 NOT READY (NO-GO)** — series-retest-100u against the criteria: Production GO NO-GO (1 of 2 met). ' +
        'Against series-100u: ✅ Improved (better: Success rate +6.01 pts, Failures −80%, Throughput +40%, ' +
        'Goodput +49% and 6 more; nothing is worse beyond the thresholds).',
      '',
      '- 🔴 **Production GO: NO-GO** (1 of 2 met). Not met:',
      '  - Failure rate 1.03%, target \\< 0.50% — GET /project/\\[id\\]/rekap/ 21 of 40 failures, ' +
        'GET /api/project/\\[id\\]/chart-data/ 16 of 40 failures, GET /project/\\[id\\]/ 2 of 40 failures and 1 more',
      '',
    ]);
    const at = (text: string) => md.indexOf(text);
    expect(at('> **Read first**')).toBeGreaterThan(at('- 🔴 **Production GO'));
    expect(at('## Executive summary')).toBeGreaterThan(at('> **Read first**'));
  });

  test('without criteria: the change only, and it says no criteria apply', () => {
    const plain = comparisonMarkdown(compareWithCriteria(pair)).split('\n')[2]!;
    expect(plain).toMatch(/^\*\*Status: ✅ Improved\*\* — series-retest-100u against series-100u: /);
    expect(plain).toMatch(/\. No success criteria apply to this run — change status only\.$/);
  });
});

describe("one run (a shared run's report)", () => {
  const set = {
    id: 's',
    projectId: 'p',
    description: null,
    baselineRunId: null,
    createdAt: '',
    updatedAt: '',
    ...PRODUCTION,
    criteria: PRODUCTION.criteria.map((c, i) => ({ ...c, id: `c${i}` })),
  };
  const verdict = evaluateCriteria(set, retest);
  const summary = {
    label: 'series-retest-100u',
    projectName: 'Shop',
    userCount: 100,
    durationS: 89,
    requests: 3869,
    failures: 40,
    failureRate: 40 / 3869,
    rps: 43.69,
    medianMs: 220,
    p95Ms: 870,
    p99Ms: 2500,
    maxMs: 3001,
  };
  const meeting = runMeetingVerdict({
    runLabel: summary.label,
    endpoints: retest.endpoints,
    verdicts: [{ set, verdict }],
    projectId: null,
  });
  const md = runReportMarkdown(summary, meeting, [{ criteria: set.criteria, verdict }]);

  test('verdict first, then the figures, then the criteria tables', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Load test run: series-retest-100u');
    expect(lines[2]).toBe(
      '**Status: 🔴 NOT READY (NO-GO)** — series-retest-100u against the criteria: ' +
        'Production GO NO-GO (1 of 2 met).',
    );
    expect(lines[4]).toBe('- 🔴 **Production GO: NO-GO** (1 of 2 met). Not met:');
    expect(md.indexOf('## Headline figures')).toBeGreaterThan(md.indexOf('Not met:'));
    expect(md.indexOf('## Success criteria on series-retest-100u')).toBeGreaterThan(md.indexOf('## Headline figures'));
    expect(lines).toContain('| Failures | 40 (1.03%) |');
  });

  test('no set applies: said plainly', () => {
    const none = runMeetingVerdict({ runLabel: 'x', endpoints: [], verdicts: [], projectId: null });
    expect(runReportMarkdown(summary, none, []).split('\n')[2]).toBe(
      '**Status: not judged** — No success criteria apply to this run.',
    );
  });
});
