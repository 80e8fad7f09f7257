// Public API of the Locust import layer: bytes in, normalized runs out. Pure: no I/O.
import { assembleRuns } from './assemble-run';
import { unreadable } from './errors';
import { groupFiles } from './group-files';
import { createFileParser } from './parse-file';
import type { FileResult, ParsedRun } from './types';
import { isZip, unzipFiles, type InputFile } from './zip';

export type { InputFile } from './zip';
export type * from './types';
export { LocustInputError } from './errors';
export { createFileParser } from './parse-file';
export { toRunJson, type RunJson } from './run-json';
export { ENCODING_CHOICES, encodingDisplayName, resolveEncodingLabel } from './text/encodings';

export interface UploadParseResult {
  runs: { key: string; run: ParsedRun }[];
}

/** File name -> encoding label chosen by the user (names as parsed: zip entries `archive/entry.csv`). */
export type EncodingChoices = Record<string, string>;

/** Parses one file given whole; `encoding` is the user's choice (else detected). */
export function parseFile(file: InputFile, encoding?: string): FileResult {
  const parser = createFileParser(file.name, encoding === undefined ? {} : { encoding });
  parser.push(file.bytes);
  return parser.end();
}

/** Expands zips into their files. */
export function expandZips(files: InputFile[]): InputFile[] {
  return files.flatMap((f) => (isZip(f.bytes) ? unzipFiles(f.name, f.bytes) : [f]));
}

/** Every run in an upload (files grouped by prefix; zips expanded). */
export function parseUpload(files: InputFile[], encodings: EncodingChoices = {}): UploadParseResult {
  return runsFromResults(expandZips(files).map((f) => parseFile(f, chosenFor(encodings, f.name))));
}

function chosenFor(encodings: EncodingChoices, name: string): string | undefined {
  return Object.hasOwn(encodings, name) ? encodings[name] : undefined;
}

/** Groups already-parsed files into runs. */
export function runsFromResults(results: FileResult[]): UploadParseResult {
  const runs = groupFiles(results).flatMap(assembleRuns);
  return { runs };
}

/** Exactly one run; an upload holding several is an error naming them. */
export function parseRunFiles(files: InputFile[], encodings: EncodingChoices = {}): ParsedRun {
  const { runs } = parseUpload(files, encodings);
  return onlyRun(runs, files[0]?.name ?? '(no files)');
}

export function onlyRun(runs: UploadParseResult['runs'], name: string): ParsedRun {
  if (runs.length === 1) return (runs[0] as UploadParseResult['runs'][number]).run;
  if (runs.length === 0) throw unreadable(name, null, 'no Locust files');
  const keys = runs.slice(0, 5).map((r) => r.key).join(', ');
  throw unreadable(name, null, `holds ${runs.length} runs (${keys}${runs.length > 5 ? ', …' : ''}); give one`);
}
