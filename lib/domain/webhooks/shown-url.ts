// How a webhook's URL is shown after it is made: chat services put their own secret in the URL (Slack's
// /services/T…/B…/TOKEN path, a Teams Workflows URL's `sig=` parameter), and every reader of a project sees
// its webhooks. So lists show the origin and the first path segment only: "https://hooks.slack.com/services/…".

export function shownUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '…';
  }
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  const first = segments[0] !== undefined ? `/${segments[0]}` : '';
  const rest = segments.length > 1 ? '/…' : '';
  return `${parsed.origin}${first}${rest}${parsed.search ? '?…' : ''}`;
}
