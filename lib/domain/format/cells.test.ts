import { expect, test } from 'vitest';
import { endpointLabel, failurePercentText, failureRate, formatUtc, msCell, plural, rateCell } from './cells';

test.each<[string, string, string]>([
  ['msCell', msCell(0.4213), '0.42'],
  ['msCell', msCell(10.64), '10.6'],
  ['msCell', msCell(4397.2), '4,397'],
  ['msCell', msCell(null), '—'],
  ['rateCell', rateCell(0.61), '0.61'],
  ['rateCell', rateCell(1), '1.00'],
  ['rateCell', rateCell(1204.4), '1,204'],
  ['failurePercentText', failurePercentText(0), '0%'],
  ['failurePercentText', failurePercentText(0.000027), '<0.01%'],
  ['failurePercentText', failurePercentText(0.0145), '1.45%'],
  ['plural', plural(1, 'kind'), '1 kind'],
  ['plural', plural(1500, 'kind'), '1,500 kinds'],
  ['formatUtc', formatUtc('2026-11-26T21:59:15.123Z'), '2026-11-26 21:59:15 UTC'],
  ['formatUtc', formatUtc(null), '—'],
  ['endpointLabel', endpointLabel('GET', '/login'), 'GET /login'],
  ['endpointLabel', endpointLabel(null, 'login flow'), 'login flow'],
])('%s -> %s', (_fn, text, expected) => expect(text).toBe(expected));

test.each<[number, number, number | null]>([
  [5, 100, 0.05],
  [0, 0, null],
  [3, 0, 1],
])('failureRate(%d, %d)', (failures, requests, rate) => expect(failureRate(failures, requests)).toBe(rate));
