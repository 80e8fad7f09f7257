// Thrown by markdownToRoadmap for input it cannot read.

export class RoadmapImportError extends Error {
  /** 1-based line of the input; null when the whole document is at fault. */
  readonly line: number | null;
  readonly reason: string;

  constructor(reason: string, line: number | null) {
    super(line === null ? reason : `line ${line}: ${reason}`);
    this.name = 'RoadmapImportError';
    this.line = line;
    this.reason = reason;
  }
}
