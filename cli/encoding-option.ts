// `--encoding LABEL` (every file) and `--encoding FILE=LABEL` (one file, repeatable), accepted by
// every command: main.ts takes them out of the arguments and runs the command inside
// `withEncodings`, so each place that reads runs (read-run-input.ts) or sends them (upload)
// sees the choices of this invocation without every command parsing them.
import { AsyncLocalStorage } from 'node:async_hooks';
import { resolveEncodingLabel } from '../lib/domain/locust/text/encodings';
import { UsageError } from './run-argument';

export interface EncodingOptions {
  /** The label for every file (`--encoding LABEL`), or null. */
  all: string | null;
  /** File name (as parsed: `name.csv`, or `archive/entry.csv` inside a zip) -> label. */
  byFile: Record<string, string>;
}

export const NO_ENCODINGS: EncodingOptions = { all: null, byFile: {} };

const EXAMPLES = 'e.g. utf-8, euc-kr (cp949), shift_jis, euc-jp, gb18030, big5, windows-1252';

/** Removes the `--encoding` options from `args`; unknown labels are a usage error. */
export function takeEncodingOptions(args: string[]): { args: string[]; encodings: EncodingOptions } {
  const rest: string[] = [];
  const encodings: EncodingOptions = { all: null, byFile: {} };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a !== '--encoding' && !a.startsWith('--encoding=')) {
      rest.push(a);
      continue;
    }
    const value = a === '--encoding' ? args[++i] : a.slice('--encoding='.length);
    if (value === undefined || value === '') throw new UsageError('--encoding needs LABEL or FILE=LABEL');
    // Labels never hold "=", file names may: the last one separates them.
    const eq = value.lastIndexOf('=');
    const label = value.slice(eq + 1);
    if (resolveEncodingLabel(label) === null) {
      throw new UsageError(`--encoding: unknown encoding "${label.slice(0, 40)}" (${EXAMPLES})`);
    }
    if (eq === -1) {
      if (encodings.all !== null) throw new UsageError('--encoding LABEL (for every file) given twice');
      encodings.all = label;
    } else {
      encodings.byFile[value.slice(0, eq)] = label;
    }
  }
  return { args: rest, encodings };
}

interface Invocation {
  encodings: EncodingOptions;
  /** FILE names of `--encoding FILE=LABEL` that matched a file read. */
  used: Set<string>;
}

const current = new AsyncLocalStorage<Invocation>();

/** Runs a command with these choices; afterwards, FILE names that matched no file are reported. */
export async function withEncodings<T>(
  encodings: EncodingOptions,
  err: NodeJS.WritableStream,
  run: () => Promise<T>,
): Promise<T> {
  const invocation: Invocation = { encodings, used: new Set() };
  const result = await current.run(invocation, run);
  for (const name of Object.keys(encodings.byFile)) {
    if (!invocation.used.has(name)) err.write(`swarmlens: --encoding ${name}=…: no file named ${name} was read\n`);
  }
  return result;
}

/** The label chosen for a file of this invocation, or undefined (detect). */
export function chosenEncoding(name: string): string | undefined {
  const invocation = current.getStore();
  if (invocation === undefined) return undefined;
  if (Object.hasOwn(invocation.encodings.byFile, name)) {
    invocation.used.add(name);
    return invocation.encodings.byFile[name];
  }
  return invocation.encodings.all ?? undefined;
}

/** This invocation's choices (for `upload`, which sends them to the server). */
export function currentEncodings(): EncodingOptions {
  return current.getStore()?.encodings ?? NO_ENCODINGS;
}

/** Marks a FILE name as matched (upload matches names without parsing). */
export function markEncodingUsed(name: string): void {
  current.getStore()?.used.add(name);
}
