// A criteria set's check of a run as JUnit XML (`swarmlens check --junit FILE`), so CI systems show each
// criterion as a test: one <testsuite> named after the set, one <testcase> per criterion named as it reads
// ("p95 of all requests < 3,000 ms"). Valid against the Apache Ant JUnit schema (fixtures/junit-schema/JUnit.xsd).
// - met: the test passes;
// - not met: <failure type="must|should" message="p95 4,200 ms, target < 3,000 ms">;
// - not evaluable (met null: no figure for it): <error type="not-evaluable">, because `check` counts it as not
//   met and exits 1: a skipped test would show a green report for a failed gate;
// - too few requests to judge (judged false): <skipped>: reported met (it fails no gate) but proves nothing;
// - the set does not apply to the run (appliesTo): one skipped test case saying why.
// Every text from the data is escaped, and characters XML 1.0 cannot hold (control characters, lone surrogates,
// U+FFFE/U+FFFF) become U+FFFD. Pure.
import { criterionText, currentText, metricLabel, scopeLabel, targetText } from '../criteria/describe';
import type { OutOfScopeVerdict } from '../criteria/check';
import type { CriteriaSet, Criterion, CriterionResult, Verdict } from '../criteria/types';

export interface JunitInput {
  set: CriteriaSet;
  verdict: Verdict | OutOfScopeVerdict;
  /** The run judged, as people name it (label or id). */
  runName: string;
  /** When the check ran; written in UTC without a zone (the schema allows none). */
  at: Date;
  /** The machine that ran the check ('localhost' when unknown). */
  hostname: string;
  /** Extra <property> lines (run id, server, baseline...): name -> value. */
  properties?: Record<string, string>;
}

/** Text without what XML 1.0 cannot hold: C0 controls but tab/LF/CR, lone surrogates, U+FFFE and U+FFFF. */
export function xmlSafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      } else out += '\ufffd';
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) out += '\ufffd';
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) out += '\ufffd';
    else out += text[i]!;
  }
  return out;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** An attribute value: escaped, its tabs and line breaks kept as character references. */
export function xmlAttr(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (ch) => ESCAPES[ch]!);
}

/** Element text: escaped (line breaks kept as they are). */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>]/g, (ch) => ESCAPES[ch]!);
}

/** "p95 4,200 ms, target < 3,000 ms";
 *  "Median of GET /a not evaluable (no such endpoint), target ≤ +10% vs baseline". */
export function resultText(c: Criterion, r: CriterionResult): string {
  const where = c.scope === 'aggregate' ? '' : ` of ${scopeLabel(c.scope)}`;
  const now = r.met === null ? `not evaluable${r.reason ? ` (${r.reason})` : ''}` : currentText(c, r.current);
  return `${metricLabel(c.metric)}${where} ${now}, target ${targetText(c)}`;
}

function testcase(classname: string, c: Criterion, r: CriterionResult): string {
  const open = `    <testcase name="${xmlAttr(criterionText(c))}" classname="${xmlAttr(classname)}" time="0"`;
  const text = resultText(c, r);
  const body = r.reason ? `${text}\n${r.reason}` : text;
  const close = '\n    </testcase>';
  if (r.met === null) {
    return `${open}>\n      <error message="${xmlAttr(text)}" type="not-evaluable">${xmlText(body)}</error>${close}`;
  }
  if (r.met === false) {
    const type = c.severity ?? 'must';
    return `${open}>\n      <failure message="${xmlAttr(text)}" type="${type}">${xmlText(body)}</failure>${close}`;
  }
  if (r.judged === false) {
    const why = `not judged: ${r.reason ?? 'too few requests'} (${text})`;
    return `${open}>\n      <skipped message="${xmlAttr(why)}"/>\n    </testcase>`;
  }
  return `${open}/>`;
}

/** "2024-05-01T12:00:00": the schema's timestamp, UTC, no zone, no fraction. */
const timestampOf = (at: Date) => at.toISOString().slice(0, 19);

/** The JUnit XML document (UTF-8, one <testsuite> root). */
export function junitXml(input: JunitInput): string {
  const { set, verdict } = input;
  const suite = set.name.trim() === '' ? 'criteria' : set.name;
  const classname = `swarmlens.${suite}`;
  let cases: string[];
  let counts = { failures: 0, errors: 0, skipped: 0 };
  if (verdict.verdict === null) {
    const name = `${suite} applies to ${input.runName}`;
    cases = [
      `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(classname)}" time="0">\n` +
        `      <skipped message="${xmlAttr(`not judged: ${verdict.outOfScope}`)}"/>\n    </testcase>`,
    ];
    counts = { failures: 0, errors: 0, skipped: 1 };
  } else {
    cases = verdict.results.map((r, i) => testcase(classname, set.criteria[i] ?? resultCriterion(r), r));
    for (const r of verdict.results) {
      if (r.met === null) counts.errors++;
      else if (r.met === false) counts.failures++;
      else if (r.judged === false) counts.skipped++;
    }
  }
  const properties = {
    run: input.runName,
    criteriaSet: set.name,
    verdict: verdict.verdict ?? 'not judged',
    ...input.properties,
  };
  const attrs =
    `name="${xmlAttr(suite)}" tests="${cases.length}" failures="${counts.failures}" errors="${counts.errors}" ` +
    `skipped="${counts.skipped}" time="0" timestamp="${timestampOf(input.at)}" ` +
    `hostname="${xmlAttr(input.hostname.trim() || 'localhost')}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite ${attrs}>`,
    '  <properties>',
    ...Object.entries(properties).map(([k, v]) => `    <property name="${xmlAttr(k)}" value="${xmlAttr(v)}"/>`),
    '  </properties>',
    ...cases,
    '  <system-out></system-out>',
    '  <system-err></system-err>',
    '</testsuite>',
    '',
  ].join('\n');
}

/** A result read back as its criterion when the set does not list it (never for a checked set). */
function resultCriterion(r: CriterionResult): Criterion {
  return { metric: r.metric, scope: r.scope, op: r.op, target: r.target };
}
