// Reasons a comparison may mislead: runs that differ in more than the load.
import type { ParsedRun } from '../locust/types';
import { versionsOverlap } from '../locust/versions';

const DURATION_RATIO = 1.25;

/** Where the uploaders said them (meta field): another environment, locustfile or Locust --profile. A field
 *  that either run lacks says nothing. */
function provenanceWarnings(base: ParsedRun, r: ParsedRun, name: string): string[] {
  const out: string[] = [];
  const [a, b] = [base.meta, r.meta];
  if (a.environment && b.environment && a.environment !== b.environment)
    out.push(`${name} ran against environment ${b.environment}, the baseline against ${a.environment}`);
  if (a.locustfileSha256 && b.locustfileSha256 && a.locustfileSha256 !== b.locustfileSha256) {
    out.push(
      `${name} ran another locustfile (sha256 ${b.locustfileSha256.slice(0, 12)}, the baseline's ` +
        `${a.locustfileSha256.slice(0, 12)}): the workloads may differ`,
    );
  }
  if (a.profile && b.profile && a.profile !== b.profile)
    out.push(`${name} ran Locust profile ${b.profile}, the baseline profile ${a.profile}`);
  return out;
}

export function comparabilityWarnings(runs: ParsedRun[], baseline: number): string[] {
  const out: string[] = [];
  const base = runs[baseline] as ParsedRun;
  const name = (r: ParsedRun, i: number) => r.meta.label ?? `run ${i + 1}`;
  runs.forEach((r, i) => {
    if (i === baseline) return;
    const a = base.meta.durationS;
    const b = r.meta.durationS;
    if (a && b && Math.max(a, b) / Math.min(a, b) > DURATION_RATIO) {
      out.push(
        `${name(r, i)} lasted ${Math.round(b)} s, the baseline ${Math.round(a)} s: counts differ for that reason ` +
          'too; compare rates',
      );
    }
    if (base.meta.host && r.meta.host && base.meta.host !== r.meta.host)
      out.push(`${name(r, i)} targeted ${r.meta.host}, the baseline ${base.meta.host}`);
    if (base.meta.spawnRate !== null && r.meta.spawnRate !== null && base.meta.spawnRate !== r.meta.spawnRate) {
      out.push(
        `${name(r, i)} spawned ${r.meta.spawnRate} users/s, the baseline ${base.meta.spawnRate}: ramp-up phases differ`,
      );
    }
    // Versions are often ranges inferred from the files ("1.2–2.43.3"): only ranges that cannot overlap differ.
    if (
      base.meta.locustVersion &&
      r.meta.locustVersion &&
      !versionsOverlap(base.meta.locustVersion, r.meta.locustVersion)
    ) {
      out.push(`${name(r, i)} comes from Locust ${r.meta.locustVersion}, the baseline from ${base.meta.locustVersion}`);
    }
    const baseNames = new Set(base.endpoints.map((e) => `${e.method} ${e.name}`));
    const names = new Set(r.endpoints.map((e) => `${e.method} ${e.name}`));
    const added = [...names].filter((n) => !baseNames.has(n)).length;
    const removed = [...baseNames].filter((n) => !names.has(n)).length;
    if (added + removed > 0)
      out.push(`${name(r, i)} has ${added} endpoint(s) the baseline lacks and lacks ${removed} of its`);
    out.push(...provenanceWarnings(base, r, name(r, i)));
    if (r.meta.userCount === null) out.push(`${name(r, i)} has no user count: enter it to analyse scaling`);
  });
  if (base.meta.userCount === null)
    out.push(`the baseline ${name(base, baseline)} has no user count: enter it to analyse scaling`);
  return out;
}
