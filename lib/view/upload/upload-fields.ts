// The editable fields of an upload, checked in the browser with the server's rules
// (lib/server/schemas/runs.ts uploadFieldsSchema) so that Save never sends what would be refused.

export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 64;
export const MAX_LABEL_LENGTH = 200;
export const MAX_PROJECT_LENGTH = 200;
export const MAX_NOTES_LENGTH = 20_000;
/** As lib/server/schemas/runs.ts MAX_BUILD_LENGTH. */
export const MAX_BUILD_LENGTH = 100;

export interface UploadFields {
  label: string;
  project: string;
  tags: string;
  notes: string;
  /** The build of the system under test (commit, release); absent or empty: none. */
  build?: string;
}

/** Comma-separated tags: trimmed, empty ones dropped, duplicates removed (as the server does). */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
    ),
  ];
}

/** Field name -> message, for the fields the server would refuse. */
export function validateFields(fields: UploadFields): Partial<Record<keyof UploadFields, string>> {
  const errors: Partial<Record<keyof UploadFields, string>> = {};
  const tags = parseTags(fields.tags);
  const long = tags.find((t) => t.length > MAX_TAG_LENGTH);
  if (long !== undefined)
    errors.tags = `Tags can be at most ${MAX_TAG_LENGTH} characters (“${long.slice(0, 20)}…” is longer).`;
  else if (tags.length > MAX_TAGS) errors.tags = `At most ${MAX_TAGS} tags (${tags.length} given).`;
  if (fields.label.trim().length > MAX_LABEL_LENGTH) errors.label = `At most ${MAX_LABEL_LENGTH} characters.`;
  if (fields.project.trim().length > MAX_PROJECT_LENGTH) errors.project = `At most ${MAX_PROJECT_LENGTH} characters.`;
  if (fields.notes.length > MAX_NOTES_LENGTH)
    errors.notes = `At most ${MAX_NOTES_LENGTH.toLocaleString('en-US')} characters.`;
  const build = (fields.build ?? '').trim();
  if (build.length > MAX_BUILD_LENGTH) errors.build = `At most ${MAX_BUILD_LENGTH} characters.`;
  else if (/[\u0000-\u001f\u007f]/.test(build)) errors.build = 'No line breaks or control characters.';
  return errors;
}

/**
 * The labels the server will store (runs-service uploadRuns): one run takes the label as given;
 * with several runs the label is a prefix, "<label> (<own label>)"; empty keeps the own labels.
 */
export function savedLabels(label: string, ownLabels: (string | null)[]): string[] {
  const given = label.trim();
  return ownLabels.map((own) => {
    if (!given) return own ?? 'Untitled run';
    return ownLabels.length > 1 ? `${given} (${own ?? 'run'})` : given;
  });
}

/** The upload's `meta` field from this page: the run came through the browser (lib/server/schemas/run-meta.ts). */
export const BROWSER_META: [string, string] = ['meta', JSON.stringify({ source: 'browser' })];

/** The multipart fields to send (empty ones left out, so the server applies its defaults), and BROWSER_META. */
export function formFields(fields: UploadFields): [string, string][] {
  const out: [string, string][] = [];
  const label = fields.label.trim();
  const project = fields.project.trim();
  const tags = parseTags(fields.tags);
  if (label) out.push(['label', label]);
  if (project) out.push(['project', project]);
  if (tags.length > 0) out.push(['tags', tags.join(',')]);
  if (fields.notes.trim()) out.push(['notes', fields.notes]);
  const build = (fields.build ?? '').trim();
  if (build) out.push(['build', build]);
  out.push(BROWSER_META);
  return out;
}
