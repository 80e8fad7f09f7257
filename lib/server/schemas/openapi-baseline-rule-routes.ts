// The OpenAPI route table's baseline rules part (docs/contract.md "Baseline rules"). Pure data (openapi-routes.ts
// appends it).
import type { RouteDoc } from './openapi-route-doc';

const EDITORS = 'not an editor of the project';

export const BASELINE_RULE_ROUTES: RouteDoc[] = [
  {
    path: '/api/projects/{id}/baseline-rules',
    method: 'GET',
    summary: "The project's baseline rules by name (used as --baseline rule:NAME), each with what it picks in words",
    responses: { 200: '{ rules: [BaselineRule] }', 404: 'no such project' },
  },
  {
    path: '/api/projects/{id}/baseline-rules',
    method: 'POST',
    summary: 'A new baseline rule: a pinned run, a latest: spec, or the median of the last N runs of the era',
    body: 'BaselineRuleInput',
    responses: {
      201: 'BaselineRule',
      403: EDITORS,
      404: 'no such project, or a pinned run of another project',
      409: 'the project has a rule of that name',
    },
  },
  {
    path: '/api/baseline-rules/{id}',
    method: 'DELETE',
    summary: 'Delete a baseline rule',
    responses: { 204: 'deleted', 403: EDITORS, 404: 'no such rule' },
  },
];
