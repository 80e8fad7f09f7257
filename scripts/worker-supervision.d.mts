export const EARLY_EXIT_MS: number;
export const EARLY_EXIT_LIMIT: number;
export function createRestartPolicy(options?: { earlyExitMs?: number; limit?: number }): {
  onWorkerExit(listenedAtMs: number, nowMs: number): 'restart' | 'stop';
};
export function missingBuild(root: string, distDir?: string): string | null;
