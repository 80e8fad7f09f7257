// A project's history is followed in parts: runs at different user counts measure different loads, so each
// user count is a history of its own (eras are cut inside a part). Pure.

/** Runs without a user count form one part of their own. */
export const NO_USERS_PART = 'none';
/** A request to rebuild every part of a project. */
export const EVERY_PART = '*';

export function historyPart(userCount: number | null): string {
  return userCount === null ? NO_USERS_PART : String(userCount);
}

/** The user count a part is about; null for the part without one. */
export function usersOfPart(part: string): number | null {
  return part === NO_USERS_PART || part === EVERY_PART ? null : Number(part);
}

/** Whether a run on `branch` belongs to the history of a project that follows `historyBranch`: runs that do not
 *  say their branch are taken as the history branch's (most uploads by hand). */
export function inHistory(branch: string | null, historyBranch: string): boolean {
  return branch === null || branch === historyBranch;
}

export const DEFAULT_HISTORY_BRANCH = 'main';
