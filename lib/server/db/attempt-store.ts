// Failed attempts at a secret (sign-ins, token guesses), one row each, in the database so that every
// instance counts the same ones; the throttles (lib/server/auth/throttle.ts) read them back. Recording one
// deletes that kind's rows older than the window, so the table holds at most one window of attempts.
import { newId } from '../../domain/ids';
import type { Db } from './client';

export type AttemptKind = 'sign-in' | 'token';

/** Addresses are kept to their first 200 characters (a forwarded header can be longer). */
const stored = (address: string) => address.slice(0, 200);

export interface NewAttempt {
  kind: AttemptKind;
  address: string;
  /** The account tried (sign-in), or null. */
  account: string | null;
  at: Date;
}

/** Records an attempt and forgets this kind's attempts from before `forgetBefore`; returns its id. */
export async function recordAttempt(db: Db, attempt: NewAttempt, forgetBefore: Date): Promise<string> {
  const id = newId('att');
  await db.authAttempt.create({ data: { id, ...attempt, address: stored(attempt.address) } });
  await db.authAttempt.deleteMany({ where: { kind: attempt.kind, at: { lt: forgetBefore } } });
  return id;
}

export async function forgetAttempt(db: Db, id: string): Promise<void> {
  await db.authAttempt.deleteMany({ where: { id } });
}

/** The times (ms, ascending) of the newest `limit` attempts of `address` after `since`, but `except`. */
export async function addressAttempts(
  db: Db,
  query: { kind: AttemptKind; address: string; since: Date; limit: number; except?: string },
): Promise<number[]> {
  const rows = await db.authAttempt.findMany({
    where: {
      kind: query.kind,
      address: stored(query.address),
      at: { gt: query.since },
      ...(query.except === undefined ? {} : { id: { not: query.except } }),
    },
    orderBy: [{ at: 'desc' }],
    take: query.limit,
    select: { at: true },
  });
  return rows.map((r) => r.at.getTime()).reverse();
}

/** Attempts at `account` after `since` from any address, but `except`. */
export async function accountAttempts(
  db: Db,
  query: { kind: AttemptKind; account: string; since: Date; except?: string },
): Promise<number> {
  return db.authAttempt.count({
    where: {
      kind: query.kind,
      account: query.account,
      at: { gt: query.since },
      ...(query.except === undefined ? {} : { id: { not: query.except } }),
    },
  });
}
