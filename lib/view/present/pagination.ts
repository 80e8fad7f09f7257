// Long tables on slides continue on the next slide, "(1/2)", "(2/2)". Pure.

/** `items` in pages of at most `perPage`, as even as possible (14 by 8: 7 + 7, not 8 + 6); [] for none. */
export function paginate<T>(items: readonly T[], perPage: number): T[][] {
  if (items.length === 0) return [];
  const pages = Math.ceil(items.length / Math.max(1, perPage));
  const size = Math.ceil(items.length / pages);
  return Array.from({ length: pages }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** " (1/2)" on each page of a table that spans several slides; nothing for one. */
export function pageSuffix(page: number, pages: number): string {
  return pages > 1 ? ` (${page + 1}/${pages})` : '';
}
