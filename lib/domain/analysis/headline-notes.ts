// What must be read before any figure of a comparison, in order: runs where every request failed,
// identical inputs, ramp runs, latency ceilings. Pure.
import type { ParsedRun } from '../locust/types';
import { formatCount } from '../format/format';

export interface RunFacts {
  name: string;
  run: ParsedRun;
  /** sha256 of each original file, when known (uploads, CLI). */
  fileHashes?: string[];
  shape: 'plateau' | 'steps' | 'ramp' | 'unknown';
  ceiling: { ceilingMs: number; evidence: string } | null;
}

const sameHashes = (a?: string[], b?: string[]) =>
  a !== undefined &&
  b !== undefined &&
  a.length > 0 &&
  a.length === b.length &&
  [...a].sort().join() === [...b].sort().join();

/** The figures two runs are compared on are equal: the same aggregate, endpoints and failures. The cheap parts are
 *  compared first: only runs whose aggregates already match have their endpoints serialized (thousands of them). */
function sameFigures(a: ParsedRun, b: ParsedRun): boolean {
  if (a.endpoints.length !== b.endpoints.length || a.failures.length !== b.failures.length) return false;
  if (JSON.stringify(a.aggregated) !== JSON.stringify(b.aggregated)) return false;
  return JSON.stringify([a.endpoints, a.failures]) === JSON.stringify([b.endpoints, b.failures]);
}

export function headlineNotes(facts: RunFacts[], baseline: number, target: number): string[] {
  const notes: string[] = [];
  for (const f of facts) {
    const a = f.run.aggregated;
    if (a.requests > 0 && a.failures === a.requests) {
      notes.push(
        `Every request of ${f.name} failed (${formatCount(a.failures)} of ${formatCount(a.requests)}): ` +
          'its latencies and throughput describe failures, not service.',
      );
    } else if (a.requests === 0) notes.push(`${f.name} recorded no requests.`);
  }
  const [b, t] = [facts[baseline] as RunFacts, facts[target] as RunFacts];
  if (sameHashes(b.fileHashes, t.fileHashes)) {
    notes.push(
      `${t.name} and ${b.name} are the same files (identical sha256): every change below is zero by construction.`,
    );
  } else if (sameFigures(b.run, t.run)) {
    notes.push(`${t.name} and ${b.name} have identical figures: most likely the same run uploaded twice.`);
  }
  for (const f of facts) {
    if (f.shape === 'ramp')
      notes.push(
        `${f.name} is a continuous ramp, not a load level: it is left out of the scaling curve; ` +
          'read its capacity curve.',
      );
  }
  for (const f of facts) if (f.ceiling) notes.push(`${f.name}: ${f.ceiling.evidence}.`);
  return [...new Set(notes)]; // two runs of one name and shape say it once
}
