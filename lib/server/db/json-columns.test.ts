import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonForColumn, readJson, type JsonColumn } from './json-columns';

const stats = {
  method: null,
  name: 'Aggregated',
  requests: 10,
  failures: 1,
  medianMs: 12,
  avgMs: 14.5,
  minMs: 3,
  maxMs: 90,
  avgSizeBytes: 512,
  rps: 2.5,
  failuresPerS: 0.25,
  percentiles: { '50': 12, '99.9': null },
};

describe('readJson', () => {
  const valid: [JsonColumn, unknown, unknown][] = [
    ['run.aggregated', stats, stats],
    ['run.aggregated', JSON.stringify(stats), stats], // raw query text
    ['run.warnings', ['a'], ['a']],
    ['share.settings', { groups: ['api'], steps: true }, { groups: ['api'], steps: true }],
    ['criteria_set.applies_to', { tags: ['x'], extra: 1 }, { tags: ['x'] }], // unknown fields dropped
    ['criteria_set.applies_to', null, null],
    [
      'run.endpoint_rows',
      '[[0,"GET","/a",1,0,2,2,2,2,null,null,null,{"50":2}]]',
      [[0, 'GET', '/a', 1, 0, 2, 2, 2, 2, null, null, null, { '50': 2 }]],
    ],
  ];
  it.each(valid)('%s parses %j', (column, stored, expected) => {
    expect(readJson(column, 'id_1', stored)).toEqual(expected);
  });

  const invalid: [JsonColumn, unknown, RegExp][] = [
    ['share.run_ids', [1, 2], /share\.run_ids of row id_1/],
    ['share.settings', { groups: 'api' }, /share\.settings of row id_1.*groups/s],
    ['sign_off.results', { verdict: 'MAYBE', name: 's', results: [] }, /sign_off\.results of row id_1.*verdict/s],
    ['run.aggregated', '{not json', /run\.aggregated of row id_1/],
  ];
  it.each(invalid)('%s refuses %j', (column, stored, message) => {
    expect(() => readJson(column, 'id_1', stored)).toThrow(message);
  });
});

// endpoint_stat.percentiles is checked by hand (read once per endpoint): it accepts exactly what its zod shape does.
describe('endpoint_stat.percentiles', () => {
  const shape = z.record(z.string(), z.number().nullable());
  const withNullPrototype = Object.assign(Object.create(null), { '95': 1 });
  it.each([
    ['empty', {}],
    ['numbers and nulls', { '50': 12, '95': 180.5, '99.9': null }],
    ['JSON text', '{"50":12,"95":null}'],
    ['a string value', { '95': '180' }],
    ['NaN', { '95': Number.NaN }],
    ['Infinity', { '95': Number.POSITIVE_INFINITY }],
    ['a nested object', { '95': {} }],
    ['an array', [1, 2]],
    ['null', null],
    ['a number', 5],
    ['a boolean value', { '95': true }],
    ['a null-prototype object', withNullPrototype],
  ])('%s: accepted as zod accepts it', (_what, stored) => {
    const data = typeof stored === 'string' ? JSON.parse(stored) : stored;
    const want = shape.safeParse(data);
    const read = () => readJson('endpoint_stat.percentiles', 'id_1', stored);
    if (want.success) expect(read()).toEqual(want.data);
    else expect(read).toThrow(/endpoint_stat\.percentiles of row id_1/);
  });
});

describe('jsonForColumn', () => {
  it('writes plain JSON that reads back: undefined dropped, NaN and Infinity as null', () => {
    const written = jsonForColumn('run.aggregated', { ...stats, rps: NaN, percentiles: { '95': Infinity } });
    expect(written).toEqual({ ...stats, rps: null, percentiles: { '95': null } });
    expect(readJson('run.aggregated', 'id_1', JSON.stringify(written))).toEqual(written);
  });

  it('refuses a value of another shape, naming the column', () => {
    const settings = { groups: ['api'], steps: 'yes' } as unknown as { groups: string[]; steps: boolean };
    expect(() => jsonForColumn('share.settings', settings)).toThrow(/writing share\.settings.*steps/s);
  });
});
