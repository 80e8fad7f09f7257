import { describe, expect, test } from 'vitest';
import { changeSize, formatTrendTick, formatTrendValue, recentChangeWords, seriesTitle, shortCommit } from './words';

describe('trend words', () => {
  test.each([
    ['p95Ms', 1234.5, '1,235 ms'],
    ['medianMs', 4.25, '4.3 ms'],
    ['goodputRps', 12.345, '12.35/s'],
    ['failureRate', 0.0145, '1.45%'],
    ['p99Ms', null, '—'],
  ] as const)('formatTrendValue(%s, %s) = %s', (metric, value, text) => {
    expect(formatTrendValue(metric, value)).toBe(text);
  });

  test.each([
    ['p95Ms', 350, '350 ms'],
    ['p95Ms', 1250, '1.25 s'],
    ['failureRate', 0.015, '1.5%'],
    ['goodputRps', 9.5, '9.5/s'],
  ] as const)('formatTrendTick(%s, %s) = %s', (metric, value, text) => {
    expect(formatTrendTick(metric, value)).toBe(text);
  });

  test('titles, commits and sizes', () => {
    expect(seriesTitle('p95Ms', 'endpoint:POST /login')).toBe('P95 of POST /login');
    expect(seriesTitle('failureRate', 'aggregate')).toBe('Failure rate of All requests');
    expect(shortCommit('78d46186b1c72ec19952c05dfae9337ad03ac6a4')).toBe('78d4618');
    expect(shortCommit(null)).toBeNull();
    expect(changeSize('p95Ms', 0.4)).toBe('+40%');
    expect(changeSize('failureRate', 0.05)).toBe('+5.0 pts');
  });

  test.each([
    ['p95Ms', 0.4, { text: '+40%', tone: 'bad' }],
    ['p95Ms', -0.2, { text: '−20%', tone: 'ok' }],
    ['p95Ms', 0.06, { text: '+6%', tone: 'neutral' }],
    ['goodputRps', -0.3, { text: '−30%', tone: 'bad' }],
    ['failureRate', 0.015, { text: '+1.5 pts', tone: 'neutral' }],
    ['failureRate', 0.025, { text: '+2.5 pts', tone: 'bad' }],
    ['p95Ms', null, { text: '—', tone: 'neutral' }],
  ] as const)('recentChangeWords(%s, %s)', (metric, change, expected) => {
    expect(recentChangeWords(metric, change)).toEqual(expected);
  });
});
