// What the verdict banner says below "No success criteria apply to this run": a project without any criteria
// set gets a link to define one; a project whose sets all leave the judged run out (appliesTo) gets no such
// link — the sentence "define success criteria" would be false — but names the sets NOT JUDGED (each listed
// with why just above it) and points to them on the project page. Pure.
import type { OutOfScopeLine } from '../../domain/report/criteria-lines';
import { listWords } from '../../domain/report/metric-format';

export type NoCriteriaNote =
  /** The project has no criteria set: `href` defines one. */
  | { kind: 'define'; href: string }
  /** Every set is out of scope for the run: `text` says so; `href` (null on a share) shows them. */
  | { kind: 'not-judged'; text: string; href: string | null }
  | null;

/**
 * `overall`: the meeting's verdict (null: no set applies); `outOfScope`: the sets left out, with why;
 * `defineHref`: the project page's criteria sets (null on shared links, which need no sign-in).
 */
export function noCriteriaNote(
  overall: string | null,
  outOfScope: readonly OutOfScopeLine[],
  defineHref: string | null,
): NoCriteriaNote {
  if (overall !== null) return null;
  if (outOfScope.length > 0) {
    const one = outOfScope.length === 1;
    const names = listWords(outOfScope.map((o) => o.name));
    const sets = one ? `the project's set ${names} is` : `all the project's ${outOfScope.length} sets (${names}) are`;
    const text = `No criteria set applies to this run: ${sets} NOT JUDGED, for the reason${one ? '' : 's'} above.`;
    return { kind: 'not-judged', text, href: defineHref };
  }
  return defineHref ? { kind: 'define', href: defineHref } : null;
}
