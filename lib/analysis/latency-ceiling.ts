// TEMPORARY (replaced by branch i14-steady at merge).
import type { ParsedRun } from '../locust/types';
export function latencyCeiling(run: ParsedRun): { ceilingMs: number; evidence: string } | null {
  void run;
  return null;
}
