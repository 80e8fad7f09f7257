// Rows of Locust's hand-built CSV writers (<= 1.0.3; history <= 1.1.1). These quote text cells
// as "..." without escaping embedded quotes, so cells are recovered from the file's known shape:
// a run of leading quoted text cells, then cells that are numbers, "N/A" or quoted integers.
// One record may span lines (an error text with a newline); it ends when that shape matches.
import { unreadable } from '../errors';
import { MAX_RECORD_CHARS, recordTooLong } from './record-limit';
import type { RowHandler, RowReader } from './row-types';

/** Header cells whose values are free text (may hold `,` and `"`). */
const TEXT_COLUMNS = new Set(['type', 'method', 'name', 'error', 'timestamp', 'user count']);
/** A record not complete after this many lines is malformed. */
const MAX_RECORD_LINES = 200;
const TAIL_CELL_RE = /^(?:"N\/A"|N\/A|"-?\d+"|[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|inf|nan|"")$/;

interface Shape {
  headCount: number;
  /** Index (within the head) of the cell that takes whatever the separators leave over. */
  freeIndex: number;
  tailCount: number;
}

export function createHandBuiltReader(fileName: string, onRow: RowHandler): RowReader {
  let shape: Shape | null = null;
  let partial = '';
  let lineNo = 0;
  let record: string | null = null;
  let recordLine = 0;
  let recordLines = 0;

  function takeLine(line: string): void {
    lineNo++;
    if (shape === null) {
      const header = splitHeader(line);
      shape = shapeOf(header);
      onRow(header, lineNo);
      return;
    }
    if (record === null) {
      if (line.length === 0) return;
      record = line;
      recordLine = lineNo;
      recordLines = 1;
    } else {
      record += '\n' + line;
      recordLines++;
      if (record.length > MAX_RECORD_CHARS) throw recordTooLong(fileName, recordLine);
    }
    const cells = splitRecord(record, shape);
    if (cells !== null) {
      record = null;
      onRow(cells, recordLine);
    } else if (recordLines >= MAX_RECORD_LINES) {
      throw unreadable(fileName, recordLine, 'malformed row: quoted text never ends');
    }
  }

  return {
    push(text: string) {
      if (text.indexOf('\n') === -1) {
        partial += text;
        if (partial.length > MAX_RECORD_CHARS) throw recordTooLong(fileName, lineNo + 1);
        return;
      }
      const input = partial + text;
      let start = 0;
      let nl = input.indexOf('\n');
      while (nl !== -1) {
        takeLine(input.substring(start, nl));
        start = nl + 1;
        nl = input.indexOf('\n', start);
      }
      partial = input.substring(start);
      if (partial.length > MAX_RECORD_CHARS) throw recordTooLong(fileName, lineNo + 1);
    },
    end() {
      if (partial.length > 0) takeLine(partial);
      partial = '';
      if (record !== null) {
        // Locust rewrites these files in place: a cut-off last row is passed on as it is,
        // with too few cells, so the consumer reports or drops it.
        onRow(splitLoosely(record), recordLine);
        record = null;
      }
    },
  };
}

function splitHeader(line: string): string[] {
  const inner = line.trim().replace(/^"/, '').replace(/"$/, '');
  return inner.split('","');
}

function shapeOf(header: string[]): Shape {
  let headCount = 0;
  while (headCount < header.length && TEXT_COLUMNS.has((header[headCount] ?? '').trim().toLowerCase())) headCount++;
  const lower = header.slice(0, headCount).map((h) => h.trim().toLowerCase());
  let freeIndex = lower.indexOf('error');
  if (freeIndex === -1) freeIndex = lower.indexOf('name');
  if (freeIndex === -1) freeIndex = Math.max(0, headCount - 1);
  return { headCount, freeIndex, tailCount: header.length - headCount };
}

/** Cells of a complete record, or null while the record may still continue on the next line. */
function splitRecord(record: string, shape: Shape): string[] | null {
  const tail: string[] = new Array(shape.tailCount);
  let end = record.length;
  for (let i = shape.tailCount - 1; i >= 0; i--) {
    const comma = record.lastIndexOf(',', end - 1);
    if (comma === -1) return null;
    const cell = record.substring(comma + 1, end);
    if (!TAIL_CELL_RE.test(cell)) return null;
    tail[i] = cell.length >= 2 && cell[0] === '"' ? cell.substring(1, cell.length - 1) : cell;
    end = comma;
  }
  const head = record.substring(0, end);
  if (shape.headCount === 0) return head.length === 0 ? tail : null;
  if (head.length < 2 || head[0] !== '"' || head[head.length - 1] !== '"') return null;
  const cells = splitHead(head.substring(1, head.length - 1), shape);
  return cells === null ? null : cells.concat(tail);
}

function splitHead(inner: string, shape: Shape): string[] | null {
  const cells: string[] = new Array(shape.headCount);
  let from = 0;
  for (let i = 0; i < shape.freeIndex; i++) {
    const sep = inner.indexOf('","', from);
    if (sep === -1) return null;
    cells[i] = inner.substring(from, sep);
    from = sep + 3;
  }
  let to = inner.length;
  for (let i = shape.headCount - 1; i > shape.freeIndex; i--) {
    const sep = inner.lastIndexOf('","', to - 3);
    if (sep === -1 || sep < from) return null;
    cells[i] = inner.substring(sep + 3, to);
    to = sep;
  }
  cells[shape.freeIndex] = inner.substring(from, to);
  return cells;
}

function splitLoosely(record: string): string[] {
  return record.split(',').map((c) => c.replace(/^"|"$/g, ''));
}
