'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { formatBytes } from '@/lib/domain/format/format';
import { encodingsFormField } from '@/lib/view/upload/encodings-field';
import { duplicateHint } from '@/lib/view/upload/duplicate-words';
import { formFields, savedLabels, validateFields, type UploadFields } from '@/lib/view/upload/upload-fields';
import type { UploadErrorView } from '@/lib/view/upload/upload-result';
import { DropZone } from './drop-zone';
import { DuplicateNotice } from './duplicate-notice';
import { PreviewFiles } from './preview-files';
import { PreviewRuns, PreviewWarnings } from './preview-runs';
import { SaveBox } from './save-box';
import { sendUpload, type UploadRequest } from '@/components/api/upload';
import { UploadDetails } from './upload-details';
import { UploadPanel } from './upload-panel';
import { UploadError, UploadProgress } from './upload-status';
import { useDuplicateCheck } from './use-duplicate-check';
import { useUploadPreview } from './use-upload-preview';

type Phase = { kind: 'editing' } | { kind: 'uploading'; loaded: number; total: number } | { kind: 'saved' };

const fileKey = (f: File) => `${f.name}\u0000${f.size}\u0000${f.lastModified}`;

/** Select files, check the in-browser preview, describe the runs, save with a progress bar. */
export function UploadForm({ projects, defaultProject }: { projects: string[]; defaultProject: string }) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [fields, setFields] = useState<UploadFields>({ label: '', project: '', tags: '', notes: '' });
  const [labelEdited, setLabelEdited] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [error, setError] = useState<UploadErrorView | null>(null);
  const request = useRef<UploadRequest | null>(null);
  // File name (as the server sees it) -> encoding the user chose in the preview.
  const [encodings, setEncodings] = useState<Record<string, string>>({});
  const { state, engine } = useUploadPreview(files, encodings);

  const preview = state.status === 'ready' ? state.preview : null;
  const duplicates = useDuplicateCheck(preview);
  const waitFor = duplicateHint({ ...duplicates, duplicated: Object.keys(duplicates.byRun).length });
  const runs = preview?.runs ?? [];
  // One run: the label defaults to the run's own; several: the label is an optional prefix.
  const label = labelEdited || runs.length !== 1 ? fields.label : (runs[0]?.label ?? '');
  const current = { ...fields, label };
  const errors = validateFields(current);
  const labels = savedLabels(
    label,
    runs.map((r) => r.label),
  );
  const toSend = preview ? preview.accepted.map((i) => files[i]!) : state.status === 'failed' ? files : [];
  const busy = phase.kind !== 'editing';
  const canSave =
    !busy && Object.keys(errors).length === 0 && (runs.length > 0 || (state.status === 'failed' && files.length > 0));

  const changeFiles = (next: (cur: File[]) => File[]) => {
    setError(null);
    setFiles(next);
  };
  const addFiles = (added: File[]) =>
    changeFiles((cur) => {
      const seen = new Set(cur.map(fileKey));
      return [...cur, ...added.filter((f) => !seen.has(fileKey(f)))];
    });
  const changeEncoding = (name: string, encoding: string | null) =>
    setEncodings((cur) => {
      const { [name]: _, ...rest } = cur;
      return encoding === null ? rest : { ...rest, [name]: encoding };
    });
  const changeFields = (patch: Partial<UploadFields>) => {
    if ('label' in patch) setLabelEdited(true);
    setFields((f) => ({ ...f, ...patch }));
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!canSave || waitFor !== null) return;
    setError(null);
    const total = toSend.reduce((n, f) => n + f.size, 0);
    setPhase({ kind: 'uploading', loaded: 0, total });
    // Choices for the files sent only: the server refuses names it does not receive.
    const sentNames = preview?.files.filter((f) => preview.accepted.includes(f.source)).map((f) => f.name) ?? [];
    const encodingsField = encodingsFormField(encodings, sentNames);
    const fieldsToSend = encodingsField ? [encodingsField, ...formFields(current)] : formFields(current);
    request.current = sendUpload(toSend, fieldsToSend, (loaded, size) =>
      setPhase({ kind: 'uploading', loaded, total: size }),
    );
    const out = await request.current.promise;
    request.current = null;
    if (out.ok) {
      setPhase({ kind: 'saved' });
      router.push(out.saved.next);
      return;
    }
    setPhase({ kind: 'editing' });
    if (!('aborted' in out)) setError(out.error);
  }

  const totalSize = files.reduce((n, f) => n + f.size, 0);
  return (
    <form
      onSubmit={save}
      className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]"
      data-preview-engine={engine ?? undefined}
      noValidate
    >
      <div className="min-w-0 space-y-6">
        <DropZone onFiles={addFiles} compact={files.length > 0} disabled={busy} />
        <DuplicateNotice runs={runs} labels={labels} check={duplicates} />
        {files.length > 0 && (
          <UploadPanel
            title={`Files (${files.length})`}
            aside={
              <span className="flex items-center gap-3">
                <span className="num">{formatBytes(totalSize)}</span>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => changeFiles(() => [])}
                  className="cursor-pointer font-medium text-slate-600 hover:text-slate-900 disabled:cursor-not-allowed"
                >
                  Remove all
                </button>
              </span>
            }
          >
            <PreviewFiles
              files={files}
              preview={preview}
              runLabels={new Map(runs.map((r, i) => [r.key, labels[i]!]))}
              onRemove={(i) => changeFiles((cur) => cur.filter((_, j) => j !== i))}
              onEncoding={changeEncoding}
              disabled={busy}
            />
          </UploadPanel>
        )}
        {runs.length > 0 && (
          <UploadPanel
            title={runs.length === 1 ? 'Run to save' : `Runs to save (${runs.length})`}
            aside="Checked in your browser; nothing is sent until you save."
          >
            <PreviewRuns runs={runs} labels={labels} />
            <PreviewWarnings warnings={preview?.warnings ?? []} runs={runs} labels={labels} />
          </UploadPanel>
        )}
      </div>
      <aside className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 shadow-sm lg:sticky lg:top-6">
        <h2 className="text-sm font-semibold text-slate-900">Details</h2>
        <UploadDetails
          fields={current}
          onChange={changeFields}
          errors={errors}
          runCount={runs.length}
          projects={projects}
          defaultProject={defaultProject}
          disabled={busy}
        />
        <div className="space-y-4 border-t border-slate-100 pt-4">
          {error && <UploadError error={error} onDismiss={() => setError(null)} />}
          {phase.kind === 'uploading' && <UploadProgress loaded={phase.loaded} total={phase.total} />}
          <SaveBox
            state={state}
            fileCount={files.length}
            sendCount={toSend.length}
            runCount={runs.length}
            canSave={canSave}
            uploading={phase.kind === 'uploading'}
            saved={phase.kind === 'saved'}
            onCancel={() => request.current?.abort()}
            waitFor={waitFor}
          />
        </div>
      </aside>
    </form>
  );
}
