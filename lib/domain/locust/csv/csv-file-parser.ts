// One CSV file, streamed: detects its kind from the header, then feeds rows to that kind's consumer.
import { clipForMessage, notLocust, unreadable } from '../errors';
import type { FileResult } from '../types';
import { RowCells } from './cells';
import { classifyCsv, type CsvClass } from './classify';
import { mapHeader } from './columns';
import type { CsvConsumer } from './consumer';
import { createFailuresConsumer, createExceptionsConsumer } from './failures-file';
import { createHistoryConsumer } from './history-file';
import { createRowReader } from './row-reader';
import { createStatsConsumer } from './stats-file';

export interface TextFileParser {
  push(text: string): void;
  end(): FileResult;
}

export function createCsvFileParser(fileName: string, encoding: string): TextFileParser {
  let quoted: boolean | null = null;
  let cls: CsvClass | null = null;
  let row: RowCells | null = null;
  let consumer: CsvConsumer | null = null;
  let dataRows = 0;

  const reader = createRowReader(fileName, (cells, line) => {
    if (consumer !== null && row !== null) {
      row.set(cells, line);
      consumer.row();
      dataRows++;
      return;
    }
    const header = mapHeader(cells, quoted === true);
    const found = classifyCsv(header);
    if (found === null)
      throw notLocust(fileName, `header "${clipForMessage(cells.join(','))}" is not a Locust CSV header`);
    if (typeof found === 'string') throw notLocust(fileName, found);
    if (header.duplicates.length > 0)
      throw unreadable(
        fileName,
        line,
        `column "${clipForMessage(header.duplicates[0] as string)}" appears twice in the header`,
      );
    cls = found;
    row = new RowCells(fileName, header);
    consumer = consumerFor(found, row);
  });

  return {
    push(text: string) {
      if (quoted === null) {
        const start = text.replace(/^\uFEFF/, '').trimStart();
        if (start.length > 0) quoted = start[0] === '"';
      }
      reader.push(text);
    },
    end(): FileResult {
      reader.end();
      if (cls === null || consumer === null) throw unreadable(fileName, null, 'empty file');
      const c: CsvClass = cls;
      return consumer.finish({
        name: fileName,
        kind: c.kind,
        format: c.format,
        versions: c.versions,
        encoding,
        encodingConfidence: null, // set by parse-file.ts, which decoded the bytes
        rows: dataRows,
      });
    },
  };
}

function consumerFor(cls: CsvClass, row: RowCells): CsvConsumer {
  switch (cls.kind) {
    case 'history':
      return createHistoryConsumer(cls, row);
    case 'failures':
      return createFailuresConsumer(row);
    case 'exceptions':
      return createExceptionsConsumer(row);
    default:
      return createStatsConsumer(cls, row);
  }
}
