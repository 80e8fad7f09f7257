// RFC 4180 rows through PapaParse's core parser, fed chunk by chunk (as Papa's own streamers do):
// the unfinished last row of each chunk is carried into the next one.
import Papa from 'papaparse';
import { MAX_RECORD_CHARS, recordTooLong } from './record-limit';
import type { RowHandler, RowReader } from './row-types';

/** `newline` is the file's line ending: '\n' (after normalization) or '\r\n' (passed through). */
export function createRfcReader(fileName: string, onRow: RowHandler, newline: '\n' | '\r\n'): RowReader {
  const parser = new Papa.Parser({ delimiter: ',', newline, quoteChar: '"' });
  let partial = '';
  let nextLine = 1;

  function emit(input: string, isLast: boolean): number {
    const result = parser.parse(input, 0, !isLast) as { data: string[][]; meta: { cursor: number } };
    const rows = result.data;
    // Without quotes every row is one physical line; quoted cells may hold newlines.
    const mayHoldNewlines = input.indexOf('"') !== -1;
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i] as string[];
      if (cells.length === 1 && cells[0] === '') {
        nextLine++;
        continue; // blank line
      }
      onRow(cells, nextLine);
      nextLine += 1 + (mayHoldNewlines ? newlinesIn(cells) : 0);
    }
    return result.meta.cursor;
  }

  return {
    push(text: string) {
      if (text.indexOf('\n') === -1) {
        // No row can end in this chunk: carry it without parsing (a long line is not rescanned).
        partial += text;
        if (partial.length > MAX_RECORD_CHARS) throw recordTooLong(fileName, nextLine);
        return;
      }
      const input = partial + text;
      const cursor = emit(input, false);
      partial = input.substring(cursor);
      if (partial.length > MAX_RECORD_CHARS) throw recordTooLong(fileName, nextLine);
    },
    end() {
      if (partial.length > 0) emit(partial, true);
      partial = '';
    },
  };
}

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    let i = cell.indexOf('\n');
    while (i !== -1) {
      n++;
      i = cell.indexOf('\n', i + 1);
    }
  }
  return n;
}
