// What the browser makes of the answer to POST /api/runs: where to go on success, and a clear
// message (with the file and line the server named) on failure.

export interface SavedRuns {
  /** Where to go next: the run page for one run, the runs list for several. */
  next: string;
  runs: { id: string; label: string; url: string }[];
}

export interface UploadErrorView {
  title: string;
  message: string;
  file: string | null;
  line: number | null;
  reason: string | null;
  status: number;
}

export type UploadOutcome = { ok: true; saved: SavedRuns } | { ok: false; error: UploadErrorView };

const TITLES: Record<number, string> = {
  0: 'The server could not be reached',
  400: 'The upload was not accepted',
  401: 'Sign in to upload runs',
  403: 'You are not allowed to upload runs',
  413: 'The upload is too large',
  415: 'A file is not Locust output',
  422: 'A Locust file could not be read',
};

/** Interprets a finished request: status 0 means the request never got an answer. */
export function readUploadResponse(status: number, body: string): UploadOutcome {
  const json = parseJson(body);
  if (status === 201 && isRecord(json) && typeof json.id === 'string') {
    const runs = Array.isArray(json.runs) ? json.runs.filter(isRecord).map(toRun) : [];
    const url = typeof json.url === 'string' ? json.url : `/runs/${json.id}`;
    return { ok: true, saved: { next: runs.length > 1 ? '/runs' : url, runs } };
  }
  return { ok: false, error: describeUploadError(status, json) };
}

export function describeUploadError(status: number, json: unknown): UploadErrorView {
  const error = isRecord(json) && isRecord(json.error) ? json.error : null;
  const details = error && isRecord(error.details) ? error.details : null;
  const title =
    TITLES[status] ?? (status >= 500 ? 'The server failed to store the upload' : `The upload failed (HTTP ${status})`);
  let message = typeof error?.message === 'string' ? error.message : fallbackMessage(status);
  if (status === 400 && error && Array.isArray(error.details)) {
    const issues = error.details.filter(isRecord).map((d) => `${String(d.path || 'request')}: ${String(d.message)}`);
    if (issues.length > 0) message = issues.join('; ');
  }
  return {
    title,
    message,
    file: typeof details?.file === 'string' ? details.file : null,
    line: typeof details?.line === 'number' ? details.line : null,
    reason: typeof details?.reason === 'string' ? details.reason : null,
    status,
  };
}

function fallbackMessage(status: number): string {
  if (status === 0) return 'Check your connection and try again.';
  if (status === 413)
    return 'Send fewer or smaller files at a time, or ask the administrator to raise SWARMLENS_UPLOAD_MAX_MB.';
  if (status >= 500) return 'Try again; if it keeps failing, the server log has the cause.';
  return 'The server gave no reason.';
}

function toRun(r: Record<string, unknown>): SavedRuns['runs'][number] {
  const id = String(r.id);
  return { id, label: String(r.label ?? ''), url: typeof r.url === 'string' ? r.url : `/runs/${id}` };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
