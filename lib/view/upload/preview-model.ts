// The upload preview, computed in the browser before anything is sent: which files are Locust
// output (kind, era), which runs they form, and which selected files must be left out because
// the server would refuse the whole upload because of them (415 / 422).
import {
  expandZips,
  LocustInputError,
  parseFile,
  runsFromResults,
  siblingEncodings,
  type EncodingChoices,
  type FileKind,
  type FileResult,
  type InputFile,
} from '../../domain/locust/index';
import { decodesCleanlyAs } from '../../domain/locust/text/detect';
import { describeKind, describeVersions, summarizeRun, type PreviewRun } from './preview-describe';

export type { PreviewRun } from './preview-describe';

export interface PreviewWarning {
  message: string;
  /** Keys of the runs it was reported for. */
  runKeys: string[];
}

/** ok: used; not_locust: 415; unusable: 422 (unreadable, or a run that cannot be formed); left_out: fine,
 *  but shipped with a refused file. */
export type PreviewFileStatus = 'ok' | 'not_locust' | 'unusable' | 'left_out';

export interface PreviewFile {
  /** Name as the server sees it (zip entries: `archive/entry.csv`). */
  name: string;
  /** Index of the selected file it comes from (a zip gives several entries). */
  source: number;
  /** True for entries found inside a zip. */
  inZip: boolean;
  sizeBytes: number;
  status: PreviewFileStatus;
  kind: FileKind | null;
  kindLabel: string | null;
  /** Format description as detected, e.g. "stats.csv 1.2+". */
  format: string | null;
  /** Locust era, e.g. "Locust 1.2 – 2.46.3". */
  era: string | null;
  rows: number | null;
  /** WHATWG name of the encoding it was decoded with; null when it could not be read. */
  encoding: string | null;
  /** 0–1 (1: BOM, valid UTF-8, or chosen); below 0.8 the names may be garbled. */
  encodingConfidence: number | null;
  /** The user chose `encoding` (sent in the `encodings` field). */
  encodingChosen: boolean;
  /** Too short to tell: the encoding (and confidence) of this sibling file of its run; else null. */
  encodingFrom: string | null;
  /** Why the file is refused or left out; null when ok. */
  problem: string | null;
  line: number | null;
  /** Key of the run this file went into. */
  runKey: string | null;
}

export interface UploadPreview {
  files: PreviewFile[];
  runs: PreviewRun[];
  /** Warnings of every run, each once, with the runs it concerns. */
  warnings: PreviewWarning[];
  /** Indexes of the selected files to send: all of their content is usable. */
  accepted: number[];
  /** Indexes of the selected files left out of the upload. */
  refused: number[];
  /** run key -> sha256 of its files (preview-hashes.ts), added after the preview is built; null if not computed. */
  runHashes?: Record<string, string[]> | null;
}

interface Entry {
  file: PreviewFile;
  result: FileResult | null;
  input: InputFile;
}

/** Builds the preview of a selection (files decoded with `encodings` where chosen); never throws for bad input. */
export function buildPreview(inputs: InputFile[], encodings: EncodingChoices = {}): UploadPreview {
  const entries = withSiblingEncodings(
    inputs.flatMap((input, source) => readSource(input, source, encodings)),
    encodings,
  );
  const refused = new Set(entries.filter((e) => e.file.status !== 'ok').map((e) => e.file.source));
  let runs: ReturnType<typeof runsFromResults>['runs'] = [];
  // A run that cannot be formed refuses the whole upload on the server: leave its file out and retry.
  for (let attempt = 0; attempt <= entries.length; attempt++) {
    const usable = entries.filter((e) => e.result !== null && !refused.has(e.file.source));
    try {
      runs = runsFromResults(usable.map((e) => e.result!)).runs;
      break;
    } catch (e) {
      const culprit = e instanceof LocustInputError ? usable.find((u) => u.file.name === e.file) : undefined;
      if (!culprit) throw e;
      Object.assign(culprit.file, {
        status: 'unusable',
        problem: (e as LocustInputError).reason,
        line: (e as LocustInputError).line,
      });
      refused.add(culprit.file.source);
    }
  }
  const runOfFile = new Map(runs.flatMap(({ key, run }) => run.files.map((f) => [f.name, key] as const)));
  for (const { file } of entries) {
    if (file.status === 'ok' && refused.has(file.source)) {
      Object.assign(file, { status: 'left_out', problem: 'comes in the same zip as a file that cannot be uploaded' });
    }
    if (file.status === 'ok') file.runKey = runOfFile.get(file.name) ?? null;
  }
  return {
    files: entries.map((e) => e.file),
    runs: runs.map(({ key, run }) => summarizeRun(key, run)),
    warnings: collectWarnings(runs),
    accepted: inputs.map((_, i) => i).filter((i) => !refused.has(i)),
    refused: [...refused].sort((a, b) => a - b),
  };
}

function collectWarnings(runs: ReturnType<typeof runsFromResults>['runs']): PreviewWarning[] {
  const byMessage = new Map<string, string[]>();
  for (const { key, run } of runs) for (const w of run.warnings) byMessage.set(w, [...(byMessage.get(w) ?? []), key]);
  return [...byMessage].map(([message, runKeys]) => ({ message, runKeys: [...new Set(runKeys)] }));
}

/** Files too short to tell their encoding, parsed again with the one their run's siblings told (as the server does). */
function withSiblingEncodings(entries: Entry[], encodings: EncodingChoices): Entry[] {
  const parsed = entries.filter((e) => e.result !== null);
  const hints = siblingEncodings(
    parsed.map((e) => e.result!),
    new Set(Object.keys(encodings)),
  );
  if (hints.size === 0) return entries;
  return entries.map((e) => {
    const hint = e.result === null ? undefined : hints.get(e.input.name);
    if (!hint || !decodesCleanlyAs(e.input.bytes, hint.encoding)) return e;
    try {
      const result = parseFile(e.input, hint);
      const file = fromResult(e.input, e.file.source, e.file.inZip, result, false);
      return { ...e, result, file: { ...file, encodingFrom: hint.from } };
    } catch {
      return e;
    }
  });
}

function readSource(input: InputFile, source: number, encodings: EncodingChoices): Entry[] {
  let files: InputFile[];
  try {
    files = expandZips([input]);
  } catch (e) {
    return [failed(input, source, false, e)];
  }
  const inZip = files.length !== 1 || files[0] !== input;
  if (inZip && files.length === 0) {
    return [
      failed(input, source, false, new LocustInputError('unreadable', input.name, null, 'the zip holds no files')),
    ];
  }
  return files.map((file) => {
    const chosen = Object.hasOwn(encodings, file.name) ? encodings[file.name] : undefined;
    try {
      const result = parseFile(file, chosen);
      return { result, input: file, file: fromResult(file, source, inZip, result, chosen !== undefined) };
    } catch (e) {
      return failed(file, source, inZip, e);
    }
  });
}

function fromResult(input: InputFile, source: number, inZip: boolean, result: FileResult, chosen = false): PreviewFile {
  const { info } = result;
  return {
    name: input.name,
    source,
    inZip,
    sizeBytes: input.bytes.length,
    status: 'ok',
    kind: info.kind,
    kindLabel: describeKind(info.kind),
    format: info.format,
    era: describeVersions(info.versions),
    rows: info.rows,
    encoding: info.encoding,
    encodingConfidence: info.encodingConfidence,
    encodingChosen: chosen,
    encodingFrom: null,
    problem: null,
    line: null,
    runKey: null,
  };
}

function failed(input: InputFile, source: number, inZip: boolean, e: unknown): Entry {
  const err = e instanceof LocustInputError ? e : null;
  const file: PreviewFile = {
    name: input.name,
    source,
    inZip,
    sizeBytes: input.bytes.length,
    status: err?.code === 'not_locust' ? 'not_locust' : 'unusable',
    kind: null,
    kindLabel: null,
    format: null,
    era: null,
    rows: null,
    encoding: null,
    encodingConfidence: null,
    encodingChosen: false,
    encodingFrom: null,
    problem: err ? err.reason : `could not be read (${e instanceof Error ? e.message : String(e)})`,
    line: err?.line ?? null,
    runKey: null,
  };
  return { file, result: null, input };
}
