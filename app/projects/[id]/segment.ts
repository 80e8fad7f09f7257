/** The project segment as typed: an id, or a name (percent-encoded in the URL). Next.js passes a page its segment
 *  raw (route handlers get theirs decoded, and must not decode again): decoded here once; a malformed one (`%`)
 *  is taken as it is (the page then answers 404). */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
