'use client';
import { useId, useState, type FormEvent } from 'react';
import { createInvitation } from '@/components/api/accounts';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import type { AccountRole, Role } from '@/lib/domain/shapes/auth';
import { article, ROLE_MEANING } from '@/lib/view/auth/accounts';
import { InvitationLink } from './invitation-link';
import type { ProjectChoice } from './project-roles-dialog';
import { useChange } from './use-change';

interface Issued {
  email: string;
  url: string;
  days: number;
}

/** Invites an e-mail address with a role, optionally a role in one project, valid for 1 to 30 days; the
 *  link is shown here once (only its hash is stored), until dismissed. */
export function InvitationForm({ projects }: { projects: ProjectChoice[] }) {
  const ids = { email: useId(), role: useId(), project: useId(), projectRole: useId(), days: useId(), error: useId() };
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AccountRole>('viewer');
  const [projectId, setProjectId] = useState('');
  const [projectRole, setProjectRole] = useState<Role>('editor');
  const [days, setDays] = useState(7);
  const [issued, setIssued] = useState<Issued | null>(null);
  const { busy, error, run } = useChange();
  const withProject = projectId !== '' && role !== 'admin';

  async function create(event: FormEvent) {
    event.preventDefault();
    const input = {
      email: email.trim(),
      role,
      expiresInDays: days,
      ...(withProject ? { projectId, projectRole } : {}),
    };
    let path = '';
    const ok = await run(async () => (path = (await createInvitation(input)).path));
    if (!ok) return;
    setIssued({ email: input.email, url: new URL(path, window.location.origin).href, days });
    // The next invitation starts afresh, so no project or role is carried over unnoticed.
    setEmail('');
    setRole('viewer');
    setProjectId('');
    setDays(7);
  }

  return (
    <div className="space-y-4">
      <form
        onSubmit={create}
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6"
        aria-describedby={error ? ids.error : undefined}
      >
        <div className="sm:col-span-2">
          <label htmlFor={ids.email} className={LABEL}>
            E-mail
          </label>
          <input
            id={ids.email}
            type="email"
            required
            maxLength={320}
            className={FIELD}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            placeholder="ana@example.com"
          />
        </div>
        <div>
          <label htmlFor={ids.role} className={LABEL}>
            Role
          </label>
          <select
            id={ids.role}
            className={FIELD}
            value={role}
            onChange={(e) => setRole(e.target.value as AccountRole)}
            title={ROLE_MEANING[role]}
          >
            <option value="viewer">viewer</option>
            <option value="editor">editor</option>
            <option value="admin">admin</option>
          </select>
        </div>
        <div className={withProject ? '' : 'lg:col-span-2'}>
          <label htmlFor={ids.project} className={LABEL}>
            Project <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <select
            id={ids.project}
            className={FIELD}
            value={projectId}
            disabled={role === 'admin'}
            onChange={(e) => setProjectId(e.target.value)}
          >
            <option value="">{role === 'admin' ? 'every project (admin)' : 'none'}</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {withProject && (
          <div>
            <label htmlFor={ids.projectRole} className={LABEL}>
              Role in the project
            </label>
            <select
              id={ids.projectRole}
              className={FIELD}
              value={projectRole}
              onChange={(e) => setProjectRole(e.target.value as Role)}
            >
              <option value="editor">editor</option>
              <option value="viewer">viewer</option>
            </select>
          </div>
        )}
        <div>
          <label htmlFor={ids.days} className={LABEL}>
            Valid for (days)
          </label>
          <input
            id={ids.days}
            type="number"
            min={1}
            max={30}
            required
            className={FIELD}
            value={days}
            onChange={(e) => setDays(Math.round(Number(e.target.value)))}
          />
        </div>
        <p className="text-xs text-slate-500 sm:col-span-2 lg:col-span-4 lg:self-center">
          {article(role).replace(/^a/, 'A')} {ROLE_MEANING[role]}
          {withProject ? `; the role in the project replaces it there.` : '.'}
        </p>
        <div className="sm:col-span-2 lg:col-span-2 lg:justify-self-end">
          <Button type="submit" className="w-full lg:w-auto" disabled={busy || email.trim() === ''}>
            {busy ? 'Creating…' : 'Create invitation'}
          </Button>
        </div>
      </form>
      <RequestError id={ids.error} error={error} />
      {issued && <InvitationLink {...issued} onDone={() => setIssued(null)} />}
    </div>
  );
}
