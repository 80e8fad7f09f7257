export function writeBigRun(options?: {
  endpoints?: number;
  ticks?: number;
}): Promise<{ dir: string; files: string[] }>;
