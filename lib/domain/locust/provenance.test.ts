import { describe, expect, test } from 'vitest';
import { provenanceLine, shortCommit } from './provenance';

const SHA1 = '3f786850e387550fdab836ed7e6dc881de23001b';

describe('shortCommit', () => {
  test.each([
    [SHA1, '3f78685'],
    ['a'.repeat(64), 'aaaaaaa'],
    ['v1.2.3', 'v1.2.3'],
    ['3f78685', '3f78685'],
  ])('%s -> %s', (commit, short) => expect(shortCommit(commit)).toBe(short));
});

describe('provenanceLine', () => {
  test.each([
    [{ branch: 'main', commit: SHA1, environment: 'staging' }, 'main @ 3f78685 · staging'],
    [{ branch: 'main' }, 'main'],
    [{ commit: SHA1 }, '3f78685'],
    [{ environment: 'production' }, 'production'],
    [{ branch: 'main', environment: 'production' }, 'main · production'],
    [{ commit: null, branch: null, environment: null }, null],
    [{}, null],
  ])('%o -> %s', (p, line) => expect(provenanceLine(p)).toBe(line));
});
