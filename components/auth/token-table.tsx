'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { apiSend } from '@/components/api/client';
import { errorMessage } from '@/components/api/errors';
import { formatUtc } from '@/lib/domain/format/cells';
import { Modal } from '@/components/ui/modal';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import { tokenState } from '@/lib/view/auth/messages';
import type { ApiTokenInfo } from '@/lib/domain/shapes/auth';

const TH = 'px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500';
const TD = 'px-3 py-2 align-middle';

/** API tokens, newest first; active ones can be revoked (after a confirmation). */
export function TokenTable({ tokens }: { tokens: ApiTokenInfo[] }) {
  const [revoking, setRevoking] = useState<ApiTokenInfo | null>(null);
  if (tokens.length === 0) return <p className="text-sm text-slate-600">No API tokens yet.</p>;
  return (
    <>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="border-b border-slate-200">
            <tr>
              <th className={TH}>Name</th>
              <th className={TH}>Role</th>
              <th className={TH}>Created by</th>
              <th className={TH}>Created</th>
              <th className={TH}>Last used</th>
              <th className={TH}>State</th>
              <th className={TH}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tokens.map((t) => {
              const state = tokenState(t);
              return (
                <tr key={t.id} className={`h-12 ${state === 'revoked' ? 'text-slate-500' : 'text-slate-800'}`}>
                  <td className={`${TD} font-medium`}>{t.name}</td>
                  <td className={TD}>
                    <Badge tone={t.role === 'editor' ? 'brand' : 'neutral'}>{t.role}</Badge>
                  </td>
                  <td className={TD}>{t.createdBy}</td>
                  <td className={`${TD} num whitespace-nowrap`}>{formatUtc(t.createdAt)}</td>
                  <td className={`${TD} num whitespace-nowrap`}>{t.lastUsedAt ? formatUtc(t.lastUsedAt) : 'never'}</td>
                  <td className={TD}>
                    {state === 'active' ? (
                      <Badge tone="ok">active</Badge>
                    ) : (
                      <span title={`Revoked ${formatUtc(t.revokedAt)}`}>
                        <Badge>revoked</Badge>
                      </span>
                    )}
                  </td>
                  <td className={`${TD} text-right`}>
                    {state === 'active' && (
                      <Button
                        type="button"
                        variant="secondary"
                        className="px-2.5 py-1"
                        onClick={() => setRevoking(t)}
                        aria-label={`Revoke ${t.name}`}
                      >
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {revoking && <RevokeDialog token={revoking} onClose={() => setRevoking(null)} />}
    </>
  );
}

function RevokeDialog({ token, onClose }: { token: ApiTokenInfo; onClose: () => void }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, startRefresh] = useTransition();

  async function revoke() {
    setBusy(true);
    setError(null);
    try {
      await apiSend('DELETE', `/api/tokens/${encodeURIComponent(token.id)}`);
      startRefresh(() => router.refresh());
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      onClose={onClose}
      title={`Revoke “${token.name}”?`}
      description={
        'Scripts and CI jobs using this token are refused (401) from their next request on. ' +
        'This cannot be undone: to restore access, create a new token.'
      }
      footer={
        <>
          <Button type="button" variant="secondary" onClick={onClose} autoFocus>
            Cancel
          </Button>
          <Button type="button" variant="danger" onClick={revoke} disabled={busy}>
            {busy ? 'Revoking…' : 'Revoke token'}
          </Button>
        </>
      }
    >
      <RequestError error={error} />
    </Modal>
  );
}
