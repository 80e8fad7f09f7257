// The state of a share link at a moment and how the /shares table and the share banner word it.
// Every function takes `now`, so server and tests agree on "expired" and "in 3 days".
import type { ShareRecord } from '../../domain/shapes/share';

export type ShareState = 'active' | 'expired' | 'revoked';

type Dates = Pick<ShareRecord, 'expiresAt' | 'revokedAt'>;

/** Revoked wins over expired: a revoked link stays revoked whatever its expiry. */
export function shareState(share: Dates, now: Date): ShareState {
  if (share.revokedAt) return 'revoked';
  if (share.expiresAt && new Date(share.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A positive span as people say it: "3 days", "5 hours", "12 minutes" (rounded down, at least 1 minute). */
export function spanText(ms: number): string {
  if (ms >= 2 * DAY) return unit(Math.floor(ms / DAY), 'day');
  if (ms >= 2 * HOUR) return unit(Math.floor(ms / HOUR), 'hour');
  return unit(Math.max(1, Math.floor(ms / MINUTE)), 'minute');
}

/** "never", "in 3 days", "expired". */
export function expiryText(expiresAt: string | null, now: Date): string {
  if (!expiresAt) return 'never';
  const left = new Date(expiresAt).getTime() - now.getTime();
  return left <= 0 ? 'expired' : `in ${spanText(left)}`;
}

/** "3 days ago", "just now"; the other way round from expiryText. */
export function agoText(iso: string, now: Date): string {
  const past = now.getTime() - new Date(iso).getTime();
  return past < MINUTE ? 'just now' : `${spanText(past)} ago`;
}

/** "2026-12-01 14:00 UTC": the same text on every machine. */
export function utcText(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const RANK: Record<ShareState, number> = { active: 0, expired: 1, revoked: 1 };

/** Active links first, then expired and revoked ones; newest first within each. */
export function sortShares<T extends Dates & Pick<ShareRecord, 'createdAt' | 'id'>>(
  shares: readonly T[],
  now: Date,
): T[] {
  return [...shares].sort(
    (a, b) =>
      RANK[shareState(a, now)] - RANK[shareState(b, now)] ||
      b.createdAt.localeCompare(a.createdAt) ||
      b.id.localeCompare(a.id),
  );
}

/** "Shared view · read-only · 20 users vs 40 users · shared by alice, expires in 3 days (2026-12-01 14:00 UTC)". */
export function bannerText(share: Pick<ShareRecord, 'title' | 'createdBy' | 'expiresAt'>, now: Date): string {
  const expires = share.expiresAt ? `, expires ${expiryText(share.expiresAt, now)} (${utcText(share.expiresAt)})` : '';
  return `Shared view · read-only · ${share.title} · shared by ${share.createdBy}${expires}`;
}
