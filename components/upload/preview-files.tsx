import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { formatBytes, formatCount } from '@/lib/domain/format/format';
import { ENCODING_CHOICES, encodingDisplayName } from '@/lib/domain/locust/text/encodings';
import { asSentence, describeEncoding } from '@/lib/view/upload/preview-describe';
import type { PreviewFile, UploadPreview } from '@/lib/view/upload/preview-model';

const STATUS = {
  not_locust: {
    tone: 'bad',
    text: 'Not Locust output',
    why: 'Left out: the server refuses an upload containing it (415).',
  },
  unusable: { tone: 'bad', text: 'Cannot be used', why: 'Left out: the server refuses an upload containing it (422).' },
  left_out: { tone: 'warn', text: 'Left out', why: '' },
} as const;

interface Props {
  files: File[];
  preview: UploadPreview | null;
  runLabels: Map<string, string>;
  onRemove: (index: number) => void;
  /** A file's encoding chosen (null: back to the detected one); the preview is parsed again. */
  onEncoding: (name: string, encoding: string | null) => void;
  disabled: boolean;
}

/** Every selected file (and every file inside a zip): what it was recognized as, and where it goes. */
export function PreviewFiles({ files, preview, runLabels, onRemove, onEncoding, disabled }: Props) {
  const row = { runLabels, onEncoding, disabled };
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-[13px] whitespace-nowrap text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              File
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Detected as
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Encoding
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Locust era
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Size
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Goes into
            </th>
            <th scope="col" className="w-10 px-2 py-2">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {files.map((file, index) => {
            const entries = preview?.files.filter((f) => f.source === index) ?? [];
            const zipped = entries.some((e) => e.inZip);
            const remove = (
              <button
                type="button"
                onClick={() => onRemove(index)}
                disabled={disabled}
                aria-label={`Remove ${file.name}`}
                title="Remove"
                className={[
                  'cursor-pointer rounded-md p-1 text-slate-400 hover:bg-slate-100',
                  'hover:text-slate-700 disabled:cursor-not-allowed',
                ].join(' ')}
              >
                <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4">
                  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
                </svg>
              </button>
            );
            if (!preview) return <PendingRow key={index} file={file} action={remove} />;
            if (!zipped)
              return entries.map((e) => <FileRow key={`${index}:${e.name}`} entry={e} {...row} action={remove} />);
            return [
              <tr key={index} className="bg-slate-50/60">
                <td className="px-4 py-2 font-medium text-slate-900" colSpan={4}>
                  {file.name} <span className="font-normal text-slate-500">· zip with {entries.length} files</span>
                </td>
                <td className="num px-3 py-2 text-right text-slate-600">{formatBytes(file.size)}</td>
                <td />
                <td className="px-2 py-2">{remove}</td>
              </tr>,
              ...entries.map((e) => <FileRow key={`${index}:${e.name}`} entry={e} {...row} indent />),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  entry: PreviewFile;
  runLabels: Map<string, string>;
  onEncoding: Props['onEncoding'];
  disabled: boolean;
  action?: ReactNode;
  indent?: boolean;
}

function FileRow({ entry, runLabels, onEncoding, disabled, action, indent }: RowProps) {
  const status = entry.status === 'ok' ? null : STATUS[entry.status];
  const name = indent ? entry.name.slice(entry.name.indexOf('/') + 1) : entry.name;
  return (
    <tr className="align-top">
      <td className={`py-2 pr-3 ${indent ? 'pl-9' : 'pl-4'}`}>
        <div className="min-w-44 font-medium [overflow-wrap:anywhere] text-slate-900">{name}</div>
        {status && (
          <p className={`mt-0.5 text-xs ${entry.status === 'left_out' ? 'text-warn' : 'text-bad'}`}>
            {entry.line !== null && `Line ${entry.line}: `}
            {asSentence(entry.problem ?? '', entry.line === null)}
            {status.why && <span className="text-slate-500"> {status.why}</span>}
          </p>
        )}
      </td>
      <td className="px-3 py-2 whitespace-nowrap text-slate-700" title={entry.format ?? undefined}>
        {entry.kindLabel ?? '—'}
        {entry.rows !== null && (
          <div className="num text-xs text-slate-500">
            {formatCount(entry.rows)} {entry.rows === 1 ? 'row' : 'rows'}
          </div>
        )}
      </td>
      <td className="px-3 py-2 text-slate-700">
        <EncodingCell entry={entry} onEncoding={onEncoding} disabled={disabled} />
      </td>
      <td className="px-3 py-2 whitespace-nowrap text-slate-700">{entry.era ?? '—'}</td>
      <td className="num px-3 py-2 text-right whitespace-nowrap text-slate-600">{formatBytes(entry.sizeBytes)}</td>
      <td className="px-3 py-2">
        {status ? (
          <span className="whitespace-nowrap">
            <Badge tone={status.tone}>{status.text}</Badge>
          </span>
        ) : (
          <span className="block max-w-36 truncate text-slate-800" title={runLabels.get(entry.runKey ?? '')}>
            {runLabels.get(entry.runKey ?? '') ?? '—'}
          </span>
        )}
      </td>
      <td className="px-2 py-2">{action}</td>
    </tr>
  );
}

/** The encoding used and how sure the detector was; a select to choose another (or go back to detection). */
function EncodingCell({ entry, onEncoding, disabled }: Pick<RowProps, 'entry' | 'onEncoding' | 'disabled'>) {
  if (entry.encoding === null) return <>—</>;
  const { encodingConfidence, encodingChosen, encodingFrom } = entry;
  const { note, warn } = describeEncoding(entry.encoding, encodingConfidence, encodingChosen, encodingFrom);
  const choices = ENCODING_CHOICES.some((c) => c.encoding === entry.encoding)
    ? ENCODING_CHOICES
    : [{ encoding: entry.encoding, label: encodingDisplayName(entry.encoding) }, ...ENCODING_CHOICES];
  return (
    <div className="min-w-36">
      <select
        aria-label={`Encoding of ${entry.name}`}
        value={entry.encoding}
        disabled={disabled}
        onChange={(e) => onEncoding(entry.name, e.target.value)}
        className={`max-w-44 rounded-md border bg-white px-1.5 py-0.5 text-sm ${
          warn ? 'border-amber-400' : 'border-slate-300'
        }`}
      >
        {choices.map((c) => (
          <option key={c.encoding} value={c.encoding}>
            {c.label}
          </option>
        ))}
      </select>
      <div className={`mt-0.5 text-xs ${warn ? 'text-warn' : 'text-slate-500'}`}>
        {note}
        {entry.encodingChosen && (
          <button
            type="button"
            disabled={disabled}
            onClick={() => onEncoding(entry.name, null)}
            className="ml-1.5 cursor-pointer underline hover:text-slate-800 disabled:cursor-not-allowed"
          >
            detect
          </button>
        )}
      </div>
    </div>
  );
}

function PendingRow({ file, action }: { file: File; action: ReactNode }) {
  return (
    <tr>
      <td className="px-4 py-2 font-medium [overflow-wrap:anywhere] text-slate-900">{file.name}</td>
      <td className="px-3 py-2 text-slate-500" colSpan={3}>
        <span className="inline-flex items-center gap-2">
          <span
            aria-hidden
            className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
          />
          Reading…
        </span>
      </td>
      <td className="num px-3 py-2 text-right text-slate-600">{formatBytes(file.size)}</td>
      <td />
      <td className="px-2 py-2">{action}</td>
    </tr>
  );
}
