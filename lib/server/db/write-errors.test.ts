import { describe, expect, it } from 'vitest';
import { writeErrorKind } from './write-errors';

describe('writeErrorKind', () => {
  const cases: [unknown, ReturnType<typeof writeErrorKind>][] = [
    [{ code: 'P2002' }, 'duplicate'],
    [{ code: 'P2003' }, 'missing-reference'],
    [{ code: 'P2025' }, 'not-found'],
    [{ code: 'P1001' }, null],
    [{ code: 2002 }, null],
    [new Error('no code'), null],
    [null, null],
    ['P2002', null],
  ];
  it.each(cases)('%j is %s', (error, kind) => expect(writeErrorKind(error)).toBe(kind));
});
