// Locust JSON outputs: `--json` / `--json-file` (locust-formats §7.1) and the `/stats/requests` body
// (locust-formats §7.2).
import { findArrayStart } from './extract';

export { parseJsonOutput } from './json-output';
export { parseStatsRequestsJson } from './stats-requests';

/**
 * Which JSON flavour the text is, or null if it is not Locust JSON. Must be cheap: it only runs
 * anchored or linear regular expressions, never JSON.parse. A key pattern like `"stats":` cannot
 * match inside a JSON string, where its quotes would be escaped.
 */
export function detectLocustJson(text: string): 'json-output' | 'stats-requests-json' | null {
  if (/^\uFEFF?\s*\{/.test(text)) {
    const isStatsRequests =
      /"stats"\s*:\s*\[/.test(text) &&
      /"errors"\s*:\s*\[/.test(text) &&
      /"(?:total_rps|fail_ratio|user_count)"\s*:/.test(text);
    return isStatsRequests ? 'stats-requests-json' : null;
  }
  const start = findArrayStart(text);
  if (start === null) return null;
  const rest = start === 0 ? text : text.slice(start);
  const isJsonOutput =
    /^\[\s*\{/.test(rest) &&
    /"num_requests"\s*:/.test(rest) &&
    /"response_times"\s*:\s*\{/.test(rest) &&
    /"(?:last_request_timestamp|num_none_requests)"\s*:/.test(rest);
  return isJsonOutput ? 'json-output' : null;
}
