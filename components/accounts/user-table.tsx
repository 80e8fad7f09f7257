'use client';
import type { UserInfo } from '@/lib/domain/shapes/auth';
import type { ProjectChoice } from './project-roles-dialog';
import { STACKED } from './stacked-table';
import { UserRow } from './user-row';

const TH = STACKED.th;

/** Accounts, oldest first: role, project roles, last sign-in, state and the admin's actions per row.
 *  `selfId`: the signed-in admin's account (null: the admin secret or access control off). */
export function UserTable({
  users,
  projects,
  selfId,
}: {
  users: UserInfo[];
  projects: ProjectChoice[];
  selfId: string | null;
}) {
  if (users.length === 0) return <p className="text-sm text-slate-600">No accounts yet: invite someone below.</p>;
  return (
    <div className="overflow-x-auto">
      <table aria-label="Accounts" className={`${STACKED.table} sm:min-w-[52rem]`}>
        <thead className={STACKED.thead}>
          <tr>
            <th className={TH}>Account</th>
            <th className={TH}>Role</th>
            <th className={TH}>Project roles</th>
            <th className={TH}>Last sign-in</th>
            <th className={TH}>State</th>
            <th className={TH}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className={STACKED.tbody}>
          {users.map((u) => (
            <UserRow key={u.id} user={u} projects={projects} self={u.id === selfId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
