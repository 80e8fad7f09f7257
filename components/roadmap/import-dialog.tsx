'use client';
import { useId, useState, type FormEvent } from 'react';
import { Modal } from '@/components/ui/modal';
import { Button } from '@/components/ui/button';
import { roadmapApi } from '@/lib/view/roadmap/api-paths';
import { countWords } from '@/lib/view/roadmap/labels';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { RequestError } from '@/components/ui/request-error';
import { useRoadmapRequest } from './use-roadmap-request';

type Mode = 'append' | 'replace';

const PLACEHOLDER = `### Phase 1: Infrastructure (1-2 days)
- [x] Setup Redis server
- [ ] Install and configure PgBouncer

**Expected Impact**: Auth failures 70% → 10%`;

/** Paste a Markdown task list: its phases are added after the roadmap's, or replace them all. */
export function ImportDialog({
  projectId,
  onClose,
  onImported,
}: {
  projectId: string;
  onClose: () => void;
  onImported: (summary: string) => void;
}) {
  const id = useId();
  const [markdown, setMarkdown] = useState('');
  const [mode, setMode] = useState<Mode>('append');
  const { send, busy, error } = useRoadmapRequest();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await send<{ phases: number; items: number }>('POST', roadmapApi.import(projectId), {
      markdown,
      mode,
    });
    if (!result.ok) return;
    const counts = result.data
      ? `${countWords(result.data.phases, 'phase')} and ${countWords(result.data.items, 'item')}`
      : 'the task list';
    onImported(`Imported ${counts}${mode === 'replace' ? ', replacing the roadmap' : ''}.`);
    onClose();
  }

  return (
    <Modal
      open
      onClose={onClose}
      title="Import a Markdown task list"
      description={
        'Headings become phases, list items become items (✅ or [x] ticked). ' +
        'Paste the roadmap section of a report.'
      }
      footer={
        <>
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            form={`${id}-form`}
            variant={mode === 'replace' ? 'danger' : 'primary'}
            disabled={busy || markdown.trim() === ''}
          >
            {busy ? 'Importing…' : mode === 'replace' ? 'Replace roadmap' : 'Import'}
          </Button>
        </>
      }
    >
      <form id={`${id}-form`} onSubmit={submit} className="space-y-4">
        <div>
          <label htmlFor={`${id}-markdown`} className={LABEL}>
            Markdown
          </label>
          <textarea
            id={`${id}-markdown`}
            className={`${FIELD} min-h-56 font-mono text-xs`}
            value={markdown}
            onChange={(e) => setMarkdown(e.target.value)}
            required
            maxLength={1_000_000}
            placeholder={PLACEHOLDER}
            autoFocus
            spellCheck={false}
          />
        </div>
        <fieldset>
          <legend className={LABEL}>Existing phases</legend>
          <div className="mt-1 space-y-1 text-sm text-slate-700">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name={`${id}-mode`}
                value="append"
                checked={mode === 'append'}
                onChange={() => setMode('append')}
                className="accent-brand-600"
              />
              Keep them; add the imported phases after them
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name={`${id}-mode`}
                value="replace"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
                className="accent-brand-600"
              />
              Replace them (deletes every phase and item of the roadmap)
            </label>
          </div>
        </fieldset>
        <RequestError error={error} />
      </form>
    </Modal>
  );
}
