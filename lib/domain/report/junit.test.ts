// `check --junit` output: every outcome of a criterion as JUnit, valid against the vendored Apache Ant JUnit
// schema (fixtures/junit-schema) by xmllint, hostile names included; names read back as given (less what XML 1.0
// cannot hold). xmllint missing fails the test, saying what to install.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CriteriaSet, Verdict } from '../criteria/types';
import { junitXml, xmlSafe } from './junit';

const XSD = join(import.meta.dirname, '../../../fixtures/junit-schema/JUnit.xsd');
const dir = mkdtempSync(join(tmpdir(), 'swarmlens-junit-'));
const AT = new Date('2024-05-01T12:34:56.789Z');
const HOSTILE = 'GET /a?x=<b>&"q\'\u0000\u0007\u001b]]>\ud800 \u{1F680} \t tab\nline\uFFFE';

function xmllint(args: string[]) {
  const r = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (r.error) throw new Error('xmllint is missing: apt-get install -y libxml2-utils (Debian package)');
  return r;
}

function validate(xml: string, name: string) {
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, xml);
  const r = xmllint(['--noout', '--schema', XSD, file]);
  expect(r.stderr, xml).toContain('validates');
  expect(r.status).toBe(0);
  return file;
}

const SET: CriteriaSet = {
  name: 'Release <gate> & "co"',
  criteria: [
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.99 },
    { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000, severity: 'should' },
    { metric: 'medianMs', scope: `endpoint:${HOSTILE}`, op: '<=', target: 0.1, relative: 'baseline' },
    { metric: 'p99Ms', scope: 'endpoint:GET /rare', op: '<', target: 500, minRequests: 100 },
    { metric: 'failures', scope: 'aggregate', op: '==', target: 0 },
  ],
};
const VERDICT: Verdict = {
  name: SET.name,
  verdict: 'NO-GO',
  results: [
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.99, current: 0.983, met: false },
    { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000, current: 4200, met: false },
    { ...SET.criteria[2]!, current: null, met: null, reason: `no endpoint ${HOSTILE}` },
    { ...SET.criteria[3]!, current: null, met: true, judged: false, reason: '12 requests, fewer than 100' },
    { metric: 'failures', scope: 'aggregate', op: '==', target: 0, current: 0, met: true },
  ],
};

describe('junitXml', () => {
  test('each outcome: failure (must, should), error, skipped, passed; valid against the schema', () => {
    const xml = junitXml({
      set: SET,
      verdict: VERDICT,
      runName: HOSTILE,
      at: AT,
      hostname: 'ci-1',
      properties: { runId: 'run_1' },
    });
    const file = validate(xml, 'outcomes');
    expect(xml).toContain('tests="5" failures="2" errors="1" skipped="1" time="0" timestamp="2024-05-01T12:34:56"');
    expect(xml).toContain('<failure message="Success rate 98.30%, target ≥ 99.00%" type="must">');
    expect(xml).toContain('<failure message="p95 4,200 ms, target &lt; 3,000 ms" type="should">');
    expect(xml).toContain('type="not-evaluable"');
    expect(xml).toMatch(/<skipped message="not judged: 12 requests, fewer than 100/);
    const name = xmllint(['--xpath', 'string(//testcase[3]/@name)', file]).stdout.replace(/\n$/, '');
    expect(name).toBe(`Median of ${xmlSafe(HOSTILE)} ≤ +10.0% vs baseline`);
    expect(xmllint(['--xpath', 'string(/testsuite/@name)', file]).stdout).toBe(`${SET.name}\n`);
  });

  test('a set that does not apply: one skipped case saying why', () => {
    const xml = junitXml({
      set: { ...SET, appliesTo: { userCount: 100 } },
      verdict: {
        name: SET.name,
        verdict: null,
        outOfScope: 'applies to 100-user runs; this run has 20 users',
        results: [],
      },
      runName: 'nightly',
      at: AT,
      hostname: '',
    });
    validate(xml, 'out-of-scope');
    expect(xml).toContain('tests="1" failures="0" errors="0" skipped="1"');
    expect(xml).toContain('hostname="localhost"');
    expect(xml).toContain('not judged: applies to 100-user runs; this run has 20 users');
  });

  test('all met, and a set named only with characters XML cannot hold', () => {
    const met: Verdict = { name: '\u0001', verdict: 'GO', results: [VERDICT.results[4]!] };
    validate(
      junitXml({
        set: { name: '\u0001', criteria: [SET.criteria[4]!] },
        verdict: met,
        runName: 'r',
        at: AT,
        hostname: 'h',
      }),
      'go',
    );
    const blank = junitXml({
      set: { name: '  ', criteria: [] },
      verdict: { ...met, results: [] },
      runName: 'r',
      at: AT,
      hostname: 'h',
    });
    validate(blank, 'blank');
    expect(blank).toContain('<testsuite name="criteria" tests="0"');
  });

  test('xmlSafe keeps tabs, line breaks and pairs; replaces the rest', () => {
    expect(xmlSafe('a\tb\nc\rd\u{1F680}')).toBe('a\tb\nc\rd\u{1F680}');
    expect(xmlSafe('\u0000\u0008\u000b\u000c\u001f\ud800x\udc00\ufffe\uffff')).toBe(
      '\ufffd'.repeat(6) + 'x' + '\ufffd'.repeat(3),
    );
  });
});
