// The route table of the OpenAPI document (lib/server/schemas/openapi.ts): every route and method of the HTTP
// API with its summary, query parameters, request body (a component generated from zod) and answers.
// test/contract/openapi.test.ts fails when a route under app/api is missing here. Pure data.
import type { BodyName } from './openapi-bodies';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDoc {
  /** OpenAPI path: `/api/runs/{id}`. */
  path: string;
  method: HttpMethod;
  summary: string;
  /** Query parameters: name -> description. */
  query?: Record<string, string>;
  body?: BodyName;
  /** Status -> description (errors use the Error component). */
  responses: Record<number, string>;
  /** `csv`, `md`, `bytes`: the success body is not (only) JSON. */
  produces?: 'csv' | 'md' | 'bytes';
  /** Readable without signing in when access control is on. */
  public?: boolean;
}

const WINDOW = "whole (default) or steady: figures over each run's steady state (422 without one)";

export const API_ROUTES: RouteDoc[] = [
  {
    path: '/api/health',
    method: 'GET',
    summary: 'Database reachability',
    public: true,
    responses: { 200: '{ ok: true, db }', 503: '{ ok: false, db, error, reason }' },
  },
  {
    path: '/api/openapi.json',
    method: 'GET',
    summary: 'This document',
    public: true,
    responses: { 200: 'OpenAPI 3.1 document' },
  },
  {
    path: '/api/runs',
    method: 'GET',
    summary: 'Runs, paged',
    query: {
      page: 'from 1',
      pageSize: '1-500, default 50',
      project: 'id or name',
      tag: 'a tag',
      sort: 'column',
      order: 'asc|desc',
    },
    responses: { 200: '{ items: [RunSummary], total, page, pageSize }' },
  },
  {
    path: '/api/runs',
    method: 'POST',
    summary: 'Upload one or more runs (multipart: files, and these fields)',
    body: 'RunUpload',
    responses: {
      201: '{ id, url, duplicateOf, runs }',
      413: 'too large',
      415: 'not a Locust file',
      422: 'a Locust file that cannot be read',
    },
  },
  {
    path: '/api/runs/check-duplicates',
    method: 'POST',
    summary: 'Stored runs with exactly these files',
    body: 'CheckDuplicates',
    responses: { 200: '{ runs: [{ duplicateOf: [run] }] }' },
  },
  {
    path: '/api/runs/{id}',
    method: 'GET',
    summary: 'The Run JSON',
    query: { window: WINDOW, format: 'json (default) or csv', p95LimitMs: "the capacity curve's P95 limit" },
    produces: 'csv',
    responses: { 200: 'Run JSON (or CSV)', 404: 'unknown run' },
  },
  {
    path: '/api/runs/{id}',
    method: 'PATCH',
    summary: 'Edit label, notes, tags, users, spawn rate, build',
    body: 'RunPatch',
    responses: { 200: 'Run JSON', 404: 'unknown run' },
  },
  {
    path: '/api/runs/{id}',
    method: 'DELETE',
    summary: 'Remove the run and everything stored with it',
    responses: { 204: 'removed', 404: 'unknown run' },
  },
  {
    path: '/api/runs/{id}/check',
    method: 'POST',
    summary: 'Evaluate a criteria file on the run',
    body: 'RunCheck',
    responses: { 200: 'Verdict JSON' },
  },
  {
    path: '/api/runs/{id}/series',
    method: 'GET',
    summary: "Endpoints with a time series, or one endpoint's series",
    query: { name: 'endpoint name', method: 'its method' },
    responses: { 200: '{ series } or { method, name, columns }', 404: 'unknown run or series' },
  },
  {
    path: '/api/runs/{id}/files/{fileId}',
    method: 'GET',
    summary: 'An uploaded original, byte for byte',
    produces: 'bytes',
    responses: { 200: 'the file', 404: 'unknown file' },
  },
  {
    path: '/api/compare',
    method: 'GET',
    summary: 'The Comparison JSON, Markdown report or endpoint table',
    query: {
      runs: 'ID,ID[,ID...] (required)',
      baseline: 'run id',
      target: 'run id',
      format: 'json|md|csv',
      steps: '1: the load steps of one run',
      group: 'NAME=PREFIX (repeatable)',
      thresholds: 'JSON (Thresholds component)',
      window: WINDOW,
    },
    produces: 'md',
    responses: { 200: 'Comparison JSON (or Markdown, CSV)', 404: 'unknown run', 422: 'no steady state' },
  },
  {
    path: '/api/compare/notes',
    method: 'GET',
    summary: 'Meeting notes of a comparison',
    query: { runs: 'ID,ID (required)', baseline: 'run id', steps: '1 for load steps' },
    responses: { 200: '{ note: { notes, decisions, updatedBy, updatedAt } | null }' },
  },
  {
    path: '/api/compare/notes',
    method: 'PUT',
    summary: 'Save meeting notes of a comparison',
    body: 'ComparisonNotes',
    responses: { 200: '{ note }' },
  },
  {
    path: '/api/projects',
    method: 'GET',
    summary: 'Projects with their run counts',
    responses: { 200: '{ projects: [{ id, name, runCount }] }' },
  },
  {
    path: '/api/projects/{id}',
    method: 'GET',
    summary: 'Project overview (id or name)',
    responses: { 200: '{ project, sets, evaluation, signOffs, roadmap }', 404: 'unknown project' },
  },
  {
    path: '/api/projects/{id}',
    method: 'DELETE',
    summary: 'Delete the project with everything that shows it',
    responses: { 204: 'deleted', 404: 'unknown project' },
  },
  {
    path: '/api/projects/{id}/criteria-sets',
    method: 'GET',
    summary: "The project's criteria sets",
    responses: { 200: '{ sets: [StoredCriteriaSet] }' },
  },
  {
    path: '/api/projects/{id}/criteria-sets',
    method: 'POST',
    summary: 'A new criteria set',
    body: 'CriteriaSetInput',
    responses: { 201: 'StoredCriteriaSet', 409: 'name taken in the project' },
  },
  {
    path: '/api/projects/{id}/sign-offs',
    method: 'GET',
    summary: 'Sign-off records, newest first',
    responses: { 200: '{ signOffs: [SignOffRecord] }' },
  },
  {
    path: '/api/projects/{id}/retest-plans',
    method: 'POST',
    summary: 'A criteria set and roadmap items linked to it, in one transaction',
    body: 'RetestPlan',
    responses: { 201: '{ set, phaseId, itemIds }' },
  },
  {
    path: '/api/projects/{id}/roadmap',
    method: 'GET',
    summary: 'The roadmap with verification',
    query: { format: 'md: a Markdown task list' },
    produces: 'md',
    responses: { 200: 'RoadmapView (or Markdown)' },
  },
  {
    path: '/api/projects/{id}/roadmap/import',
    method: 'POST',
    summary: 'Import a Markdown task list',
    body: 'RoadmapImport',
    responses: { 201: '{ phases, items }' },
  },
  {
    path: '/api/projects/{id}/roadmap/phases',
    method: 'POST',
    summary: 'A new phase at the end',
    body: 'PhaseInput',
    responses: { 201: '{ id }' },
  },
  {
    path: '/api/roadmap/phases/{id}',
    method: 'PATCH',
    summary: 'Edit or move a phase',
    body: 'PhasePatch',
    responses: { 200: '{ ok: true }' },
  },
  {
    path: '/api/roadmap/phases/{id}',
    method: 'DELETE',
    summary: 'Delete a phase and its items',
    responses: { 204: 'deleted' },
  },
  {
    path: '/api/roadmap/phases/{id}/items',
    method: 'POST',
    summary: 'A new item at the end of the phase',
    body: 'ItemInput',
    responses: { 201: '{ id }' },
  },
  {
    path: '/api/roadmap/items/{id}',
    method: 'PATCH',
    summary: 'Edit or move an item',
    body: 'ItemPatch',
    responses: { 200: '{ ok: true }' },
  },
  { path: '/api/roadmap/items/{id}', method: 'DELETE', summary: 'Delete an item', responses: { 204: 'deleted' } },
  {
    path: '/api/roadmap/items/{id}/check',
    method: 'GET',
    summary: 'Check an item against a run',
    query: { run: 'run id (required)' },
    responses: { 200: '{ itemId, run, criteria, outcome }' },
  },
  {
    path: '/api/criteria-sets/{id}',
    method: 'GET',
    summary: 'A criteria set, with its verdict on ?run=ID',
    query: { run: 'run id' },
    responses: { 200: 'StoredCriteriaSet (+ verdict)', 404: 'unknown set' },
  },
  {
    path: '/api/criteria-sets/{id}',
    method: 'PUT',
    summary: 'Replace a criteria set',
    body: 'CriteriaSetInput',
    responses: { 200: 'StoredCriteriaSet' },
  },
  {
    path: '/api/criteria-sets/{id}',
    method: 'DELETE',
    summary: 'Delete a criteria set',
    responses: { 204: 'deleted' },
  },
  {
    path: '/api/criteria-sets/{id}/sign-offs',
    method: 'POST',
    summary: "Sign off the set's verdict on a run",
    body: 'SignOffInput',
    responses: { 201: 'SignOffRecord' },
  },
  {
    path: '/api/shares',
    method: 'GET',
    summary: 'Share links with their view counts',
    responses: { 200: '{ shares: [ShareRecord] }' },
  },
  {
    path: '/api/shares',
    method: 'POST',
    summary: 'A share link (works without signing in)',
    body: 'ShareInput',
    responses: {
      201: '{ id, url, expiresAt, title }',
      400: 'a link that could never open: groups not NAME=PREFIX, load steps of a run without two...',
    },
  },
  { path: '/api/shares/{id}', method: 'DELETE', summary: 'Revoke a share link', responses: { 204: 'revoked' } },
  {
    path: '/s/{token}/report.md',
    method: 'GET',
    summary: "A shared comparison's or run's Markdown report",
    public: true,
    produces: 'md',
    responses: { 200: 'Markdown', 404: 'unknown, expired or revoked' },
  },
  {
    path: '/api/auth/sign-in',
    method: 'POST',
    summary: 'Sign in with the admin secret: a session cookie',
    public: true,
    body: 'SignIn',
    responses: {
      200: '{ ok: true, name, expiresAt }',
      401: 'wrong secret',
      429: 'too many failed sign-ins from this address: try again after Retry-After seconds',
    },
  },
  {
    path: '/api/auth/sign-out',
    method: 'POST',
    summary: 'End the session',
    public: true,
    responses: { 200: '{ ok: true }' },
  },
  {
    path: '/api/tokens',
    method: 'GET',
    summary: 'API tokens (never the tokens themselves)',
    responses: { 200: '{ tokens: [ApiTokenInfo] }' },
  },
  {
    path: '/api/tokens',
    method: 'POST',
    summary: 'A new API token, shown once',
    body: 'ApiTokenInput',
    responses: { 201: '{ id, token }', 403: 'a viewer token, or any API token: only a signed-in session makes tokens' },
  },
  {
    path: '/api/tokens/{id}',
    method: 'DELETE',
    summary: 'Revoke an API token and the share links it made',
    responses: { 204: 'revoked', 403: 'a viewer token, or any API token: only a signed-in session revokes tokens' },
  },
  {
    path: '/api/examples',
    method: 'POST',
    summary: 'Store the demo project unless it is there',
    responses: { 200: 'all there already', 201: '{ ids, projectId, compareUrl, created }' },
  },
];
