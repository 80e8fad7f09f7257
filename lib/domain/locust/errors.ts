// Typed errors of the import layer. Parsers throw nothing else.

export type LocustErrorCode =
  /** Not Locust output at all (HTTP 415). */
  | 'not_locust'
  /** Locust output that cannot be read (HTTP 422). */
  | 'unreadable';

export class LocustInputError extends Error {
  readonly code: LocustErrorCode;
  readonly file: string;
  /** 1-based physical line, when known. */
  readonly line: number | null;
  readonly reason: string;

  constructor(code: LocustErrorCode, file: string, line: number | null, reason: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'LocustInputError';
    this.code = code;
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

export function unreadable(file: string, line: number | null, reason: string): LocustInputError {
  return new LocustInputError('unreadable', file, line, reason);
}

export function notLocust(file: string, reason: string): LocustInputError {
  return new LocustInputError('not_locust', file, null, reason);
}

/** Text from the file quoted in an error message: at most `max` characters, then an ellipsis. */
export function clipForMessage(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
