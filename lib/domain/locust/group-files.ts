// Which uploaded files form which run. Kinds come from content; names only tell runs apart:
// `PREFIX_stats.csv`, `PREFIX_stats_history.csv`... share PREFIX, and `PREFIX.html` joins them.
import { unreadable } from './errors';
import type { FileKind, FileResult } from './types';

export interface FileGroup {
  /** Prefix (with folder) of the run's files, or the report's name without extension. */
  key: string;
  files: FileResult[];
}

const KIND_SUFFIXES: Partial<Record<FileKind, RegExp>> = {
  stats: /_stats$|^requests$/,
  requests: /_requests$|^requests$/,
  distribution: /_distribution$|^distribution$/,
  history: /_stats_history$|_requests_full_history$|^stats_history$|^requests_full_history$/,
  failures: /_failures$|^failures$/,
  exceptions: /_exceptions$|^exceptions$/,
  'transactions-summary': /_transactions_summary$/,
};

/** Web UI download names carry a timestamp: `requests_1700000000.123.csv`. */
const DOWNLOAD_STAMP_RE = /_\d{9,}(?:\.\d+)?$/;

/** Slot a file takes in a run; two files in one slot cannot be the same run. */
function slotOf(kind: FileKind): string {
  if (kind === 'stats' || kind === 'requests') return 'stats';
  if (kind === 'json' || kind === 'stats-requests-json') return 'json';
  return kind;
}

export function prefixOf(file: FileResult): string {
  const path = file.info.name;
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  let base = path.slice(slash + 1).replace(/\.(csv|html?|json|txt)$/i, '');
  base = base.replace(DOWNLOAD_STAMP_RE, '');
  const suffix = KIND_SUFFIXES[file.info.kind];
  // A web download named just `requests_<stamp>.csv` keeps "requests" rather than nothing.
  if (suffix) base = base.replace(suffix, '') || base;
  return dir + base;
}

export function groupFiles(files: FileResult[]): FileGroup[] {
  if (files.length === 0) return [];
  const slots = files.map((f) => slotOf(f.info.kind));
  const commonDir = new Set(files.map((f) => f.info.name.slice(0, f.info.name.lastIndexOf('/') + 1))).size === 1;
  if (commonDir && new Set(slots).size === slots.length) {
    // Every kind at most once: one run, whatever the names say (renamed files, web downloads).
    const csvFirst = files.find((f) => f.info.kind !== 'html' && f.info.kind !== 'json') ?? files[0];
    return [{ key: prefixOf(csvFirst as FileResult), files }];
  }
  const byPrefix = new Map<string, FileResult[]>();
  for (const f of files) {
    const key = prefixOf(f);
    const list = byPrefix.get(key) ?? [];
    list.push(f);
    byPrefix.set(key, list);
  }
  const groups: FileGroup[] = [];
  for (const [key, list] of byPrefix) {
    const seen = new Map<string, string>();
    for (const f of list) {
      const slot = slotOf(f.info.kind);
      const other = seen.get(slot);
      if (other !== undefined) {
        throw unreadable(
          f.info.name,
          null,
          `cannot tell which run it belongs to: ${other} is also a ${slot} file with the prefix "${key}"`,
        );
      }
      seen.set(slot, f.info.name);
    }
    groups.push({ key, files: list });
  }
  return groups;
}
