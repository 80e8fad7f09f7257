// The criteria editor's "Applies to" fields <-> a set's appliesTo (lib/domain/criteria/applies-to.ts): users as
// typed, tags comma-separated, a label glob, a profile. Errors keyed like the API's ("appliesTo.userCount").
import { normaliseAppliesTo } from '../../domain/criteria/applies-to';
import type { AppliesTo } from '../../domain/criteria/types';
import type { FieldErrors } from './form-row';

export interface ScopeFormValues {
  userCount: string;
  /** Comma-separated. */
  tags: string;
  labelGlob: string;
  profile: string;
}

export const EMPTY_SCOPE: ScopeFormValues = { userCount: '', tags: '', labelGlob: '', profile: '' };

export function toScopeForm(a: AppliesTo | null | undefined): ScopeFormValues {
  const n = normaliseAppliesTo(a);
  return {
    userCount: n?.userCount === undefined ? '' : String(n.userCount),
    tags: (n?.tags ?? []).join(', '),
    labelGlob: n?.labelGlob ?? '',
    profile: n?.profile ?? '',
  };
}

/** The scope to send (null: every run), or the fields' errors. Limits as in lib/domain/criteria/schema.ts. */
export function fromScopeForm(v: ScopeFormValues): { appliesTo: AppliesTo | null } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const users = v.userCount.trim();
  const userCount = users === '' ? undefined : Number(users);
  if (userCount !== undefined && !(Number.isInteger(userCount) && userCount > 0)) {
    errors['appliesTo.userCount'] = 'a whole number of users, e.g. 100';
  }
  const tags = v.tags
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (tags.some((t) => t.length > 64)) errors['appliesTo.tags'] = 'each tag at most 64 characters';
  if (tags.length > 50) errors['appliesTo.tags'] = 'at most 50 tags';
  if (v.labelGlob.length > 200) errors['appliesTo.labelGlob'] = 'at most 200 characters';
  if (v.profile.trim().length > 64) errors['appliesTo.profile'] = 'at most 64 characters';
  if (Object.keys(errors).length > 0) return { errors };
  const appliesTo = normaliseAppliesTo({
    ...(userCount !== undefined ? { userCount } : {}),
    tags,
    labelGlob: v.labelGlob.trim(),
    profile: v.profile,
  });
  return { appliesTo };
}
