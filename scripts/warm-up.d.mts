export const WARM_UP_STATE: unique symbol;
export const WARM_UP_HEADER: string;
export const WARM_UP_BUDGET_MS: number;
export const WARM_UP_ROUNDS: number;
export interface WarmUpRun {
  id: string;
  projectId: string;
}
export function warmUpPaths(newest: WarmUpRun[], projectNewest: WarmUpRun[]): string[];
export function warmUpEnabled(raw?: string): boolean;
export interface WarmUpSummary {
  ms: number;
  pages: string;
}
export interface WarmUpState {
  token: string | null;
  warming: boolean;
  holdsHealth: boolean;
}
export function installWarmUp(options?: {
  budgetMs?: number;
  holdsHealth?: boolean;
  log?: (line: string) => void;
  done?: (summary: WarmUpSummary) => void;
}): WarmUpState;
