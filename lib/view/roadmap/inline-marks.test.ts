import { expect, test } from 'vitest';
import { inlineMarks, type InlineSegment } from './inline-marks';

const t = (text: string): InlineSegment => ({ kind: 'text', text });
const code = (text: string): InlineSegment => ({ kind: 'code', text });
const bold = (text: string): InlineSegment => ({ kind: 'bold', text });

test.each<[string, InlineSegment[]]>([
  ['', []],
  ['Setup Redis server', [t('Setup Redis server')]],
  ['Test connection pooling with `pgbouncer.ini`', [t('Test connection pooling with '), code('pgbouncer.ini')]],
  ['**Expected Impact**: P95 9,000ms → 2,500ms', [bold('Expected Impact'), t(': P95 9,000ms → 2,500ms')]],
  ['Use `**not bold**` and **bold `x`**', [t('Use '), code('**not bold**'), t(' and **bold '), code('x'), t('**')]],
  ['a * b ** c', [t('a * b ** c')]],
  ['unclosed `tick and ** star', [t('unclosed `tick and ** star')]],
  ['<b>html</b>', [t('<b>html</b>')]],
])('inlineMarks(%o)', (text, segments) => expect(inlineMarks(text)).toEqual(segments));
