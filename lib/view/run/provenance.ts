// The run page's "Provenance" block: where the run came from (lib/domain/locust/provenance.ts), as rows of
// term and text; a row is left out when nothing says it. The build link is the stored http(s) URL.
import { shortCommit, SOURCE_WORDS } from '../../domain/locust/provenance';
import type { RunMeta } from '../../domain/locust/types';

export interface ProvenanceRow {
  term: string;
  text: string;
  /** The whole value when `text` shortens it (a tooltip). */
  title?: string;
  /** Monospaced: commits, hashes, file names. */
  mono?: boolean;
  /** An http(s) URL `text` links to. */
  href?: string;
}

/** Characters of the locustfile's sha256 shown (the whole one is the row's title). */
const SHORT_SHA256 = 12;

export function provenanceRows(meta: RunMeta): ProvenanceRow[] {
  const rows: (ProvenanceRow | null)[] = [
    meta.commit ? { term: 'Commit', text: shortCommit(meta.commit), title: meta.commit, mono: true } : null,
    meta.branch ? { term: 'Branch', text: meta.branch, mono: true } : null,
    meta.environment ? { term: 'Environment', text: meta.environment } : null,
    meta.buildUrl ? { term: 'Build', text: 'CI job', title: meta.buildUrl, href: meta.buildUrl } : null,
    meta.source ? { term: 'Sent by', text: SOURCE_WORDS[meta.source] } : null,
    meta.locustVersion ? { term: 'Locust', text: meta.locustVersion } : null,
    meta.locustfile || meta.locustfileSha256
      ? locustfileRow(meta.locustfile ?? null, meta.locustfileSha256 ?? null)
      : null,
    meta.profile ? { term: 'Profile', text: meta.profile } : null,
    taskTagsRow(meta.locustTags ?? null),
  ];
  return rows.filter((r): r is ProvenanceRow => r !== null);
}

function locustfileRow(name: string | null, sha256: string | null): ProvenanceRow {
  const short = sha256 ? `sha256 ${sha256.slice(0, SHORT_SHA256)}` : null;
  return {
    term: 'Locustfile',
    text: [name, short].filter(Boolean).join(' · '),
    ...(sha256 ? { title: `sha256 ${sha256}` } : {}),
    mono: true,
  };
}

function taskTagsRow(tags: RunMeta['locustTags'] | null): ProvenanceRow | null {
  if (!tags) return null;
  const parts = [
    tags.tags?.length ? `only ${tags.tags.join(', ')}` : null,
    tags.excludeTags?.length ? `not ${tags.excludeTags.join(', ')}` : null,
  ].filter(Boolean);
  return parts.length ? { term: 'Task tags', text: parts.join('; ') } : null;
}
