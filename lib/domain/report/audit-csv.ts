// The audit log as CSV (GET /api/audit.csv), written a page at a time so that a long log streams out
// without being held whole: the header line first (with a UTF-8 BOM, for spreadsheets), then each page's
// lines. Cells as lib/domain/format/csv.ts writes them: RFC 4180 quoting, CRLF line ends, and text starting
// with = + - @ tab or CR prefixed with ' against formula injection. Times are ISO 8601 UTC.
import { csvCell, type CsvValue } from '../format/csv';
import type { AuditEventInfo } from '../shapes/auth';

export const AUDIT_CSV_COLUMNS = ['at', 'actor', 'user_id', 'via', 'address', 'action', 'target', 'status', 'detail'];

const line = (cells: CsvValue[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** The first chunk: BOM and header line. */
export const auditCsvHeader = (): string => `\uFEFF${line(AUDIT_CSV_COLUMNS)}`;

/** One line per event, in the order given. */
export function auditCsvLines(events: readonly AuditEventInfo[]): string {
  return events
    .map((e) => line([e.at, e.actor, e.userId, e.via, e.address, e.action, e.target, e.status, e.detail]))
    .join('');
}

/** The download's file name for the day `now` (UTC): swarmlens-audit-YYYY-MM-DD.csv. */
export const auditCsvFileName = (now: Date): string => `swarmlens-audit-${now.toISOString().slice(0, 10)}.csv`;
