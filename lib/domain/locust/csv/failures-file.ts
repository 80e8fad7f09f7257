// `_failures.csv` (locust-formats §4) and `_exceptions.csv` (locust-formats §5). Row order carries no meaning.
import { unwrapDoubleRepr } from '../error-text';
import type { ExceptionEntry, FailureEntry, FileResult } from '../types';
import type { RowCells } from './cells';
import type { CsvConsumer } from './consumer';

export function createFailuresConsumer(row: RowCells): CsvConsumer {
  const failures: FailureEntry[] = [];
  let unwrapped = 0;
  return {
    row() {
      checkWidth(row);
      const raw = row.text('error');
      const error = unwrapDoubleRepr(raw);
      if (error !== raw) unwrapped++;
      failures.push({
        method: row.method(),
        name: row.text('name'),
        error,
        occurrences: row.count('occurrences'),
        firstSeen: isoOrNull(row.text('firstSeen')),
        lastSeen: isoOrNull(row.text('lastSeen')),
      });
    },
    finish(info): FileResult {
      const warnings =
        unwrapped > 0
          ? [`${info.name}: ${unwrapped} error texts were double-quoted by a Locust 2.10–2.27 master; unwrapped`]
          : [];
      return { info, failures, warnings };
    },
  };
}

export function createExceptionsConsumer(row: RowCells): CsvConsumer {
  const exceptions: ExceptionEntry[] = [];
  return {
    row() {
      checkWidth(row);
      exceptions.push({
        count: row.count('count'),
        message: row.text('message'),
        traceback: row.text('traceback'),
        nodes: row.text('nodes'),
      });
    },
    finish(info): FileResult {
      return { info, exceptions, warnings: [] };
    },
  };
}

function checkWidth(row: RowCells): void {
  const width = row.header.labels.length;
  if (row.cells.length !== width)
    throw row.error(`expected ${width} cells as in the header, found ${row.cells.length}`);
}

/** "2023-11-14T22:13:20Z" stays; empty means unknown. */
function isoOrNull(text: string): string | null {
  const t = text.trim();
  return t === '' ? null : t;
}
