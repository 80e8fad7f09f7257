// The compare page's rows (every endpoint, the attribution rows), fetched once the page is interactive from the URL
// its model names (`hrefs.rows`: GET /api/compare/rows, or /s/TOKEN/rows.json on a share link).
import type { CompareRows } from '@/lib/view/compare/rows';
import { apiGet, type RequestOptions } from './client';

export const loadCompareRows = (href: string, options: RequestOptions = {}) => apiGet<CompareRows>(href, options);
