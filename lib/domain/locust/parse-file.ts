// One input file, fed as byte chunks: detects its encoding (or takes the user's), then its kind
// from content (never the name).
// CSV streams row by row; HTML and JSON documents are parsed whole.
import { createCsvFileParser, type TextFileParser } from './csv/csv-file-parser';
import { mapHeader } from './csv/columns';
import { classifyCsv } from './csv/classify';
import { notLocust, unreadable } from './errors';
import { parseHtmlReport } from './html/index';
import { detectLocustJson, parseJsonOutput, parseStatsRequestsJson } from './json/index';
import { binaryFileReason } from './text/binary-kind';
import { detectEncoding, encodingWarning, SNIFF_BYTES, StreamDecoder, type EncodingGuess } from './text/decode';
import { resolveEncodingLabel } from './text/encodings';
import type { FileResult } from './types';

/** Documents parsed whole (HTML, JSON, unknown text) are refused above this size. */
export const MAX_DOCUMENT_CHARS = 256 * 1024 * 1024;

/** Characters read to find the first line (and so the kind of file). */
const FIRST_LINE_CHARS = 65536;

export interface FileParser {
  push(bytes: Uint8Array): void;
  end(): FileResult;
}

export interface FileParserOptions {
  /**
   * Forces a decoder (any TextDecoder label, or cp949/cp932/...): the user's choice (confidence 1),
   * or, with `encodingConfidence`, a part of a file whose encoding was detected on its start.
   */
  encoding?: string;
  /** 0–1, default 1: the confidence of a forced `encoding` that was detected, not chosen. */
  encodingConfidence?: number;
  /** Bytes buffered to choose the encoding (default SNIFF_BYTES); smaller in tests. */
  sniffBytes?: number;
}

export function createFileParser(fileName: string, options: FileParserOptions = {}): FileParser {
  const sniffBytes = options.sniffBytes ?? SNIFF_BYTES;
  let guess: EncodingGuess | null = forcedEncoding(fileName, options);
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let decoder: StreamDecoder | null = null;
  let text: TextFileParser | null = null;
  let firstText = '';

  function start(isLast: boolean): void {
    const all = concat(head, headBytes);
    const binary = binaryFileReason(all);
    if (binary !== null) throw notLocust(fileName, binary);
    guess ??= detectEncoding(all.subarray(0, sniffBytes), isLast);
    decoder = new StreamDecoder(fileName, guess.encoding);
    feed(decoder.decode(all, isLast));
  }

  function feed(chunk: string): void {
    if (text !== null) return text.push(chunk);
    firstText += chunk;
    const nl = firstText.indexOf('\n');
    if (nl === -1 && firstText.length < FIRST_LINE_CHARS) return;
    if (nl === -1 && !/^\uFEFF?\s*[<{[]/.test(firstText)) {
      // Only documents (HTML, JSON) may have a first line this long; a CSV header never does.
      throw notLocust(
        fileName,
        `no line break in the first ${FIRST_LINE_CHARS.toLocaleString('en-US')} characters: not a Locust CSV, ` +
          'HTML report or JSON output',
      );
    }
    text = chooseParser(fileName, firstText, nl === -1 ? firstText : firstText.slice(0, nl), decoder!.encoding);
    const pending = firstText;
    firstText = '';
    text.push(pending);
  }

  return {
    push(bytes: Uint8Array) {
      if (decoder !== null) return feed(decoder.decode(bytes, false));
      head.push(bytes);
      headBytes += bytes.length;
      if (headBytes >= sniffBytes) start(false);
    },
    end(): FileResult {
      if (decoder === null) start(true);
      else feed(decoder.decode(new Uint8Array(0), true));
      if (text === null) {
        if (firstText.trim() === '') throw unreadable(fileName, null, 'empty file');
        text = chooseParser(fileName, firstText, firstText, decoder!.encoding);
        text.push(firstText);
      }
      return withEncoding(fileName, text.end(), guess!);
    },
  };
}

function forcedEncoding(fileName: string, options: FileParserOptions): EncodingGuess | null {
  if (options.encoding === undefined) return null;
  const encoding = resolveEncodingLabel(options.encoding);
  if (encoding === null) throw unreadable(fileName, null, `unknown encoding "${options.encoding.slice(0, 40)}"`);
  return { encoding, confidence: options.encodingConfidence ?? 1 };
}

/** Every kind of file records the encoding it was decoded with, and warns when it was a guess. */
function withEncoding(fileName: string, result: FileResult, guess: EncodingGuess): FileResult {
  const warning = encodingWarning(fileName, guess);
  return {
    ...result,
    info: { ...result.info, encoding: guess.encoding, encodingConfidence: guess.confidence },
    warnings: warning === null ? result.warnings : [warning, ...result.warnings],
  };
}

function chooseParser(fileName: string, start: string, firstLine: string, encoding: string): TextFileParser {
  const trimmed = start.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) return documentParser(fileName, (t) => parseHtmlReport(fileName, t));
  const line = firstLine.replace(/^\uFEFF/, '').trim();
  if (line.includes(',') && classifyCsv(mapHeader(splitHeaderLine(line), line.startsWith('"'))) !== null) {
    return createCsvFileParser(fileName, encoding);
  }
  return documentParser(fileName, (t) => {
    const kind = detectLocustJson(t);
    if (kind === 'json-output') return parseJsonOutput(fileName, t);
    if (kind === 'stats-requests-json') return parseStatsRequestsJson(fileName, t);
    throw notLocust(fileName, 'not a Locust CSV, HTML report or JSON output');
  });
}

/** Header cells never hold commas or escaped quotes in any Locust era. */
function splitHeaderLine(line: string): string[] {
  return line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

function documentParser(fileName: string, parse: (text: string) => FileResult): TextFileParser {
  const parts: string[] = [];
  let size = 0;
  return {
    push(t: string) {
      size += t.length;
      if (size > MAX_DOCUMENT_CHARS) throw unreadable(fileName, null, 'document too large to parse');
      parts.push(t);
    },
    end: () => {
      const text = parts.join('');
      if (text.trim() === '') throw unreadable(fileName, null, 'empty file (only blank lines)');
      return parse(text);
    },
  };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
