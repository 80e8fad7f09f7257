'use client';
import { useId, useState, type FormEvent } from 'react';
import { setProjectRole } from '@/components/api/accounts';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';
import { RequestError } from '@/components/ui/request-error';
import { SMALL_FIELD, SMALL_LABEL } from '@/components/ui/form-styles';
import type { Role, UserInfo } from '@/lib/domain/shapes/auth';
import { useChange } from './use-change';

export interface ProjectChoice {
  id: string;
  name: string;
}

/** An account's roles in single projects (each replaces its account role there): change, remove, add. */
export function ProjectRolesDialog({
  user,
  projects,
  onClose,
}: {
  user: UserInfo;
  projects: ProjectChoice[];
  onClose: () => void;
}) {
  const ids = { project: useId(), role: useId() };
  const { busy, error, run } = useChange();
  const listed = new Set(user.projectRoles.map((p) => p.projectId));
  const addable = projects.filter((p) => !listed.has(p.id));
  const [projectId, setProjectId] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const chosen = addable.some((p) => p.id === projectId) ? projectId : '';

  async function add(event: FormEvent) {
    event.preventDefault();
    if (chosen && (await run(() => setProjectRole(user.id, chosen, role)))) setProjectId('');
  }

  return (
    <Modal
      open
      onClose={onClose}
      title={`Project roles of ${user.name}`}
      description={
        `${user.name} is ${user.role === 'editor' ? 'an editor' : 'a viewer'} in every project but those listed ` +
        'here, where the role given replaces it.'
      }
      footer={
        <Button type="button" variant="secondary" onClick={onClose}>
          Done
        </Button>
      }
    >
      {user.projectRoles.length === 0 ? (
        <p className="text-sm text-slate-600">No project roles.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {user.projectRoles.map((p) => (
            <li key={p.projectId} className="flex items-center gap-2 px-3 py-2 text-sm">
              <span className="min-w-0 flex-1 truncate font-medium text-slate-800">{p.projectName}</span>
              <select
                aria-label={`Role in ${p.projectName}`}
                className={`${SMALL_FIELD} w-24`}
                value={p.role}
                disabled={busy}
                onChange={(e) => void run(() => setProjectRole(user.id, p.projectId, e.target.value as Role))}
              >
                <option value="editor">editor</option>
                <option value="viewer">viewer</option>
              </select>
              <Button
                type="button"
                variant="ghost"
                className="px-2 py-1"
                disabled={busy}
                aria-label={`Remove the role in ${p.projectName}`}
                onClick={() => void run(() => setProjectRole(user.id, p.projectId, null))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {addable.length > 0 ? (
        <form onSubmit={add} className="flex flex-wrap items-end gap-2">
          <div className="min-w-40 flex-1">
            <label htmlFor={ids.project} className={SMALL_LABEL}>
              Project
            </label>
            <select
              id={ids.project}
              className={`${SMALL_FIELD} w-full`}
              value={chosen}
              onChange={(e) => setProjectId(e.target.value)}
            >
              <option value="">Choose a project…</option>
              {addable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.role} className={SMALL_LABEL}>
              Role there
            </label>
            <select
              id={ids.role}
              className={`${SMALL_FIELD} w-24`}
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
            >
              <option value="editor">editor</option>
              <option value="viewer">viewer</option>
            </select>
          </div>
          <Button type="submit" className="px-3 py-1.5" disabled={busy || chosen === ''}>
            Add
          </Button>
        </form>
      ) : (
        <p className="text-xs text-slate-500">
          {projects.length === 0 ? 'No projects yet.' : 'A role is set in every project.'}
        </p>
      )}
      <RequestError error={error} />
    </Modal>
  );
}
