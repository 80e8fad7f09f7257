// The `encodings` field of POST /api/runs: a JSON object, file name -> encoding label, e.g.
// {"run_failures.csv":"euc-kr"}. Names are the names the files are parsed under (a zip's entries:
// `archive/entry.csv`). Shared by the server (checks it) and the upload page (builds it).
import type { EncodingChoices } from '../../domain/locust/index';
import { resolveEncodingLabel } from '../../domain/locust/text/encodings';

export type { EncodingChoices } from '../../domain/locust/index';

/** More choices than files in one upload (lib/server/http/read-upload.ts MAX_FILES) are refused. */
const MAX_CHOICES = 1000;
const SHAPE = 'an object of file name -> encoding, e.g. {"run_failures.csv":"euc-kr"}';
const EXAMPLES = 'e.g. utf-8, euc-kr, shift_jis, euc-jp, gb18030, big5, windows-1252';

export type EncodingsFieldResult = { ok: true; choices: EncodingChoices } | { ok: false; message: string };

/** Reads the field (absent: no choices); labels are resolved to WHATWG names. */
export function parseEncodingsField(raw: string | undefined): EncodingsFieldResult {
  if (raw === undefined || raw.trim() === '') return { ok: true, choices: {} };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, message: `field \`encodings\` is not JSON: give ${SHAPE}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `field \`encodings\` must be ${SHAPE}` };
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_CHOICES) {
    return { ok: false, message: `field \`encodings\` names more than ${MAX_CHOICES} files` };
  }
  const choices: EncodingChoices = {};
  const unknown: string[] = [];
  for (const [name, label] of entries) {
    const encoding = typeof label === 'string' ? resolveEncodingLabel(label) : null;
    const shown = typeof label === 'string' ? `"${label}"` : (JSON.stringify(label) ?? String(label));
    if (encoding === null) unknown.push(`${clip(name)}: ${clip(shown)}`);
    else choices[name] = encoding;
  }
  if (unknown.length > 0) {
    return { ok: false, message: `field \`encodings\`: unknown encoding for ${listOf(unknown)} (${EXAMPLES})` };
  }
  return { ok: true, choices };
}

/** The message for names in `choices` that are not among the files received, or null. */
export function unknownNamesMessage(choices: EncodingChoices, names: Iterable<string>): string | null {
  const known = new Set(names);
  const missing = Object.keys(choices).filter((n) => !known.has(n));
  if (missing.length === 0) return null;
  const what = missing.length === 1 ? 'a file' : 'files';
  return `field \`encodings\` names ${what} not in this upload: ${listOf(missing.map((n) => clip(n)))}`;
}

/** The field to send with the files of `names` (choices for other files left out), or null. */
export function encodingsFormField(choices: EncodingChoices, names: Iterable<string>): [string, string] | null {
  const sent = new Set(names);
  const kept = Object.fromEntries(Object.entries(choices).filter(([name]) => sent.has(name)));
  return Object.keys(kept).length === 0 ? null : ['encodings', JSON.stringify(kept)];
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function listOf(items: string[]): string {
  return items.length > 5 ? `${items.slice(0, 5).join(', ')} and ${items.length - 5} more` : items.join(', ');
}
