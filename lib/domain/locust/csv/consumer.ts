import type { FileResult, ParsedFileInfo } from '../types';

/** Receives the rows of one CSV file (the shared RowCells holds the current row). */
export interface CsvConsumer {
  row(): void;
  finish(info: ParsedFileInfo): FileResult;
}
