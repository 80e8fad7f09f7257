// Baseline rules over the HTTP API (docs/contract.md "Baseline rules"): typed wrappers of apiSend.
import type { BaselineRuleView, RuleKind } from '@/lib/domain/ci/baseline-rule';
import { apiSend } from './client';

export type NewRule =
  | { name: string; kind: Extract<RuleKind, 'pinned'>; runId: string }
  | { name: string; kind: Extract<RuleKind, 'latest'>; spec: string }
  | { name: string; kind: Extract<RuleKind, 'median'>; lastN: number };

export const createBaselineRule = (projectId: string, rule: NewRule) =>
  apiSend<BaselineRuleView>('POST', `/api/projects/${encodeURIComponent(projectId)}/baseline-rules`, rule);

export const baselineRuleUrl = (id: string) => `/api/baseline-rules/${encodeURIComponent(id)}`;
