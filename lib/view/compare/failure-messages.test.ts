import { describe, expect, it } from 'vitest';
import type { FailureDiffStatus } from '../../domain/analysis/failure-analysis';
import { DIFF_STATUSES, diffStatusTone } from './failure-messages';

describe('diffStatusTone', () => {
  const cases: [FailureDiffStatus, 'bad' | 'ok' | 'neutral'][] = [
    ['new', 'bad'],
    ['grown', 'bad'],
    ['shrunk', 'ok'],
    ['resolved', 'ok'],
    ['same', 'neutral'],
    ['not-comparable', 'neutral'],
  ];
  it.each(cases)('%s reads %s', (status, tone) => expect(diffStatusTone(status)).toBe(tone));

  it('reads no status as neutral', () => expect(diffStatusTone(null)).toBe('neutral'));

  it('covers every status', () => expect(cases.map(([s]) => s).sort()).toEqual([...DIFF_STATUSES].sort()));
});
