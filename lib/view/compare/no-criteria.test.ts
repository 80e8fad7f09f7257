import { describe, expect, test } from 'vitest';
import type { OutOfScopeLine } from '../../domain/report/criteria-lines';
import { noCriteriaNote } from './no-criteria';

const HREF = '/projects/p1#sets-title';
const line = (name: string, users: number): OutOfScopeLine => ({
  setId: `id-${name}`,
  name,
  appliesTo: `${users} users`,
  reason: `${name} applies to ${users}-user runs; this run has 50 users`,
});

describe('noCriteriaNote: what the banner says when no set gives a verdict', () => {
  test('a set applies: nothing to add', () => {
    expect(noCriteriaNote('NO-GO', [], HREF)).toBeNull();
    expect(noCriteriaNote('GO', [line('Production @100', 100)], HREF)).toBeNull();
  });

  test('the project has no set: a link to define one (none on a share)', () => {
    expect(noCriteriaNote(null, [], HREF)).toEqual({ kind: 'define', href: HREF });
    expect(noCriteriaNote(null, [], null)).toBeNull();
  });

  test('every set leaves the run out: no "define" link, the sets NOT JUDGED named', () => {
    expect(noCriteriaNote(null, [line('Production @100', 100)], HREF)).toEqual({
      kind: 'not-judged',
      href: HREF,
      text:
        "No criteria set applies to this run: the project's set Production @100 is NOT JUDGED, " +
        'for the reason above.',
    });
    const two = noCriteriaNote(null, [line('Production @100', 100), line('Soak @200', 200)], null);
    expect(two).toEqual({
      kind: 'not-judged',
      href: null,
      text:
        "No criteria set applies to this run: all the project's 2 sets (Production @100 and Soak @200) " +
        'are NOT JUDGED, for the reasons above.',
    });
  });
});
