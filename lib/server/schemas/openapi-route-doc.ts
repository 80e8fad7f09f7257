// One route of the OpenAPI document's route table (openapi-routes.ts).
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
