// RFC 4180 rows: PapaParse 5.7.1's core parser (Parser.parse) for the one configuration the readers use
// (delimiter `,`, quote and escape `"`, no comments, steps, preview or header), ported to read in linear
// time. Papa checks each malformed closing quote (a quote followed by text) with
// `input.substring(quote + 1, nextDelimiter).trim() === ''`, and trim() rereads the spaces that end that
// stretch for every such quote: a quoted cell of `"x` pairs and then spaces took 6 s for 160 KB, minutes
// for 1 MB. Here the spaces after a quote are read once (the runs after different quotes are disjoint),
// and `""` is unescaped with split/join (a regular expression pays ~40 ns per pair). Same rows, same
// cursor: rfc-parse.test.ts compares the two on generated texts and every fixture.
import { isSpace } from '../text/whitespace';

export interface RfcParseResult {
  /** Rows of cells; a blank line is one empty cell. */
  data: string[][];
  /** Where the last complete row ends: the unfinished row starts there. */
  cursor: number;
}

const QUOTE = '"';
const QUOTE_CODE = 34;
const DELIMITER = ',';

const unescape = (cell: string) => (cell.indexOf('""') === -1 ? cell : cell.split('""').join(QUOTE));

/**
 * Papa.Parser#parse(input, 0, ignoreLastRow): the rows of `input`; with `ignoreLastRow`, the last row
 * (a row not ended by `newline`) is left out and `cursor` says where it starts.
 */
export function parseRfcRows(input: string, newline: '\n' | '\r\n', ignoreLastRow: boolean): RfcParseResult {
  const data: string[][] = [];
  let lastCursor = 0;
  if (input === '') return { data, cursor: 0 };
  if (input.indexOf(QUOTE) === -1) {
    const lines = input.split(newline);
    let cursor = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      cursor += line.length;
      if (i !== lines.length - 1) cursor += newline.length;
      else if (ignoreLastRow) break;
      data.push(line.split(DELIMITER));
      lastCursor = cursor;
    }
    return { data, cursor: lastCursor };
  }

  const inputLen = input.length;
  let cursor = 0;
  let row: string[] = [];
  let nextDelim = input.indexOf(DELIMITER, cursor);
  let nextNewline = input.indexOf(newline, cursor);
  let quoteSearch = 0;

  const pushRow = () => {
    data.push(row);
    lastCursor = cursor;
  };
  const saveRow = (newCursor: number) => {
    cursor = newCursor;
    pushRow();
    row = [];
    nextNewline = input.indexOf(newline, cursor);
  };
  const finish = (value?: string): RfcParseResult => {
    if (!ignoreLastRow) {
      row.push(value ?? input.substring(cursor));
      cursor = inputLen;
      pushRow();
    }
    return { data, cursor: lastCursor };
  };
  /** Papa's extraSpaces: the length of input[quote + 1, index) when it is not empty and all whitespace, else 0. */
  const extraSpaces = (index: number): number => {
    if (index === -1) return 0;
    const from = quoteSearch + 1;
    let i = from;
    while (i < index && isSpace(input.charCodeAt(i))) i++;
    return i === index ? index - from : 0;
  };

  for (;;) {
    if (input[cursor] === QUOTE) {
      // A quoted cell: find its closing quote.
      quoteSearch = cursor;
      cursor++;
      for (;;) {
        // (A quote right after the last one is read without a search: a cell of `""` pairs has one per 2 chars.)
        const after = quoteSearch + 1;
        quoteSearch = input.charCodeAt(after) === QUOTE_CODE ? after : input.indexOf(QUOTE, after);
        if (quoteSearch === -1) return finish();
        if (quoteSearch === inputLen - 1) return finish(unescape(input.substring(cursor, quoteSearch)));
        if (input.charCodeAt(quoteSearch + 1) === QUOTE_CODE) {
          quoteSearch++;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < quoteSearch + 1) nextDelim = input.indexOf(DELIMITER, quoteSearch + 1);
        if (nextNewline !== -1 && nextNewline < quoteSearch + 1) nextNewline = input.indexOf(newline, quoteSearch + 1);
        const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const spacesBeforeDelim = extraSpaces(checkUpTo);
        if (input[quoteSearch + 1 + spacesBeforeDelim] === DELIMITER) {
          row.push(unescape(input.substring(cursor, quoteSearch)));
          cursor = quoteSearch + 1 + spacesBeforeDelim + DELIMITER.length;
          if (input[cursor] !== QUOTE) quoteSearch = input.indexOf(QUOTE, cursor);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(DELIMITER, cursor);
          if (nextNewline !== -1 && nextNewline < cursor) nextNewline = input.indexOf(newline, cursor);
          break;
        }
        const spacesBeforeNewline = extraSpaces(nextNewline);
        if (input.startsWith(newline, quoteSearch + 1 + spacesBeforeNewline)) {
          row.push(unescape(input.substring(cursor, quoteSearch)));
          saveRow(quoteSearch + 1 + spacesBeforeNewline + newline.length);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(DELIMITER, cursor);
          quoteSearch = input.indexOf(QUOTE, cursor);
          break;
        }
        // A malformed closing quote: part of the cell (Papa records an InvalidQuotes error, unread here).
        quoteSearch++;
      }
      continue;
    }
    if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
      row.push(input.substring(cursor, nextDelim));
      cursor = nextDelim + DELIMITER.length;
      nextDelim = input.indexOf(DELIMITER, cursor);
      continue;
    }
    if (nextNewline !== -1) {
      row.push(input.substring(cursor, nextNewline));
      saveRow(nextNewline + newline.length);
      continue;
    }
    break;
  }
  return finish();
}
