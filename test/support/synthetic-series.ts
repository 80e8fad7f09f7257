// Series with known change points, for the accuracy of lib/domain/history/change-points.ts (issue 19):
// steps of at least 20% in noise of a 5% coefficient of variation, a gradual drift, a change of variance,
// and noise alone. Each value is level · (1 + cv · N(0, 1)).
import { normal, seededRandom } from './seeded-random';

export interface SyntheticSeries {
  values: number[];
  /** Indexes of the first value after each true change (steps only). */
  changes: number[];
}

export type SeriesShape = 'steps' | 'drift' | 'variance' | 'noise';

/** `length` values; steps: 1 to 3 changes of ±20–50% at least 10 values apart and 5 from either end. */
export function syntheticSeries(shape: SeriesShape, seed: number, length = 100, cv = 0.05): SyntheticSeries {
  const random = seededRandom(seed);
  const changes: number[] = [];
  if (shape === 'steps') {
    const count = 1 + Math.floor(random() * 3);
    while (changes.length < count) {
      const at = 5 + Math.floor(random() * (length - 10));
      if (changes.every((c) => Math.abs(c - at) >= 10)) changes.push(at);
    }
    changes.sort((a, b) => a - b);
  }
  const factors = changes.map(() => (random() < 0.5 ? -1 : 1) * (0.2 + 0.3 * random()));
  let level = 100;
  const values: number[] = [];
  for (let i = 0; i < length; i++) {
    const k = changes.indexOf(i);
    if (k >= 0) level *= 1 + factors[k]!;
    const drift = shape === 'drift' ? 1 + (0.3 * i) / length : 1;
    const spread = shape === 'variance' && i >= length / 2 ? 3 * cv : cv;
    values.push(level * drift * (1 + spread * normal(random)));
  }
  return { values, changes };
}
