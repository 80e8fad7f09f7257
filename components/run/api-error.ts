/** The message of an API error body `{ error: { message } }`, or a generic one. */
export async function apiErrorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON: fall through
  }
  return `The server answered ${response.status} ${response.statusText}`.trim();
}
