// The files of one run were written by one machine, in one encoding. A file with too few
// non-ASCII bytes for the detector to tell (confidence < 0.8: a `_stats.csv` naming 7 Hangul
// syllables) takes the encoding a sibling told clearly (>= 0.8: the `_stats_history.csv` that
// repeats those names thousands of times, or the user's choice for a sibling), with the sibling's
// confidence. Callers hold the bytes and parse the named files again.
import { groupFiles } from './group-files';
import { ENCODING_WARN_BELOW } from './text/encodings';
import type { FileResult } from './types';

export interface EncodingHint {
  encoding: string;
  /** The sibling's confidence (0–1): the evidence is its. */
  confidence: number;
  /** The sibling file that told it. */
  from: string;
}

/** Unicode files (BOM or valid UTF-8) say nothing about the machine's legacy code page. */
const isUnicode = (encoding: string) => encoding === 'utf-8' || encoding.startsWith('utf-16');

/** File name -> the encoding to parse it with again; `chosen`: names whose encoding the user chose. */
export function siblingEncodings(
  results: FileResult[],
  chosen: ReadonlySet<string> = new Set(),
): Map<string, EncodingHint> {
  const hints = new Map<string, EncodingHint>();
  let groups: ReturnType<typeof groupFiles>;
  try {
    groups = groupFiles(results);
  } catch {
    return hints; // files that form no run: the error is reported where runs are formed
  }
  for (const { files } of groups) {
    const legacy = files.filter((f) => !isUnicode(f.info.encoding));
    const donors = legacy.filter((f) => (f.info.encodingConfidence ?? 0) >= ENCODING_WARN_BELOW);
    // Siblings that disagree (two encodings told clearly) prove nothing about the others.
    if (donors.length === 0 || new Set(donors.map((d) => d.info.encoding)).size > 1) continue;
    const sure = (f: FileResult) => f.info.encodingConfidence ?? 0;
    const donor = donors.reduce((a, b) => (sure(b) > sure(a) ? b : a));
    for (const f of legacy) {
      if (chosen.has(f.info.name) || sure(f) >= ENCODING_WARN_BELOW) continue;
      hints.set(f.info.name, { encoding: donor.info.encoding, confidence: sure(donor), from: donor.info.name });
    }
  }
  return hints;
}
