// Public API of the Locust import layer: bytes in, normalized runs out. Pure: no I/O.
import { assembleRuns } from './assemble-run';
import { siblingEncodings, type EncodingHint } from './encoding-hints';
import { unreadable } from './errors';
import { groupFiles } from './group-files';
import { createFileParser } from './parse-file';
import { decodesCleanlyAs } from './text/detect';
import type { FileResult, ParsedRun } from './types';
import { isZip, unzipFiles, type InputFile } from './zip';

export type { InputFile } from './zip';
export type * from './types';
export { LocustInputError } from './errors';
export { createFileParser } from './parse-file';
export { siblingEncodings, type EncodingHint } from './encoding-hints';
export { toRunJson, type RunJson } from './run-json';
export { ENCODING_CHOICES, encodingDisplayName, resolveEncodingLabel } from './text/encodings';

export interface UploadParseResult {
  runs: { key: string; run: ParsedRun }[];
}

/** File name -> encoding label chosen by the user (names as parsed: zip entries `archive/entry.csv`). */
export type EncodingChoices = Record<string, string>;

/** Parses one file given whole; `encoding` is the user's choice (else detected), or a sibling's hint. */
export function parseFile(file: InputFile, encoding?: string | EncodingHint): FileResult {
  const options =
    encoding === undefined
      ? {}
      : typeof encoding === 'string'
        ? { encoding }
        : { encoding: encoding.encoding, encodingConfidence: encoding.confidence };
  const parser = createFileParser(file.name, options);
  parser.push(file.bytes);
  return parser.end();
}

/**
 * `results[i]` of `inputs[i]`, each file too short to tell its encoding parsed again with the one
 * its run's siblings told (encoding-hints.ts), when its bytes decode cleanly in it.
 */
export function withSiblingEncodings(
  inputs: InputFile[],
  results: FileResult[],
  encodings: EncodingChoices = {},
): FileResult[] {
  const hints = siblingEncodings(results, new Set(Object.keys(encodings)));
  if (hints.size === 0) return results;
  return results.map((result, i) => {
    const hint = hints.get(result.info.name);
    const input = inputs[i] as InputFile;
    return hint && decodesCleanlyAs(input.bytes, hint.encoding) ? parseFile(input, hint) : result;
  });
}

/** Expands zips into their files. */
export function expandZips(files: InputFile[]): InputFile[] {
  return files.flatMap((f) => (isZip(f.bytes) ? unzipFiles(f.name, f.bytes) : [f]));
}

/** Every run in an upload (files grouped by prefix; zips expanded). */
export function parseUpload(files: InputFile[], encodings: EncodingChoices = {}): UploadParseResult {
  const inputs = expandZips(files);
  const results = inputs.map((f) => parseFile(f, chosenFor(encodings, f.name)));
  return runsFromResults(withSiblingEncodings(inputs, results, encodings));
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
  const keys = runs
    .slice(0, 5)
    .map((r) => r.key)
    .join(', ');
  throw unreadable(name, null, `holds ${runs.length} runs (${keys}${runs.length > 5 ? ', …' : ''}); give one`);
}
