// The OpenAPI route table's history part (docs/contract.md "History"). Pure data (openapi-routes.ts appends it).
import type { RouteDoc } from './openapi-route-doc';

const EDITORS = 'not an editor of the project';
const FILTERS = {
  branch: 'runs on this branch',
  environment: 'runs in this environment',
  profile: 'runs of this Locust --profile',
  users: 'runs at this user count',
  tag: 'runs with this tag',
};

export const HISTORY_ROUTES: RouteDoc[] = [
  {
    path: '/api/projects/{id}/trends',
    method: 'GET',
    summary:
      'One metric of one scope over the runs that match the filters, oldest first, in eras, with its change points',
    query: {
      metric: 'goodputRps | medianMs | p95Ms (default) | p99Ms | failureRate',
      scope: 'aggregate (default) | endpoint:METHOD NAME',
      basis: 'steady (default: the steady state where the run has one) | whole',
      ...FILTERS,
    },
    responses: {
      200: '{ metric, scope, basis, eras, series, changePoints }',
      400: 'bad query',
      404: 'no such project',
    },
  },
  {
    path: '/api/projects/{id}/trends/matrix',
    method: 'GET',
    summary: 'Every scope over the newest runs: the aggregate first, then the worst recent change',
    query: { metric: 'as trends', basis: 'as trends', runs: '2-200, default 30', ...FILTERS },
    responses: { 200: '{ metric, basis, runs, eras, rows }', 400: 'bad query', 404: 'no such project' },
  },
  {
    path: '/api/projects/{id}/change-points',
    method: 'GET',
    summary: "The project's change points, newest first",
    query: {
      status: 'open | acknowledged | dismissed',
      metric: 'a trend metric',
      scope: 'a scope',
      limit: '1-5000, default 500',
    },
    responses: { 200: '{ changePoints: [ChangePoint] }', 400: 'bad query', 404: 'no such project' },
  },
  {
    path: '/api/change-points/{id}',
    method: 'PATCH',
    summary: 'Acknowledge or dismiss a change point (kept when later searches no longer find it), or open it again',
    body: 'ChangePointDecision',
    responses: { 200: 'ChangePoint', 400: 'bad body', 403: EDITORS, 404: 'no such change point' },
  },
  {
    path: '/api/projects/{id}/history-settings',
    method: 'GET',
    summary: "The project's history settings, defaults filled in",
    responses: { 200: 'HistorySettings', 404: 'no such project' },
  },
  {
    path: '/api/projects/{id}/history-settings',
    method: 'PATCH',
    summary: 'Change the history settings (null: the default); the whole history is searched again',
    body: 'HistorySettingsPatch',
    responses: { 200: 'HistorySettings', 400: 'bad body', 403: EDITORS, 404: 'no such project' },
  },
  {
    path: '/api/projects/{id}/headroom',
    method: 'GET',
    summary: "Per criterion of the project's sets: the newest run's headroom, the era's trend and a projection",
    responses: { 200: '{ sets: [SetHeadroom] }', 404: 'no such project' },
  },
];
