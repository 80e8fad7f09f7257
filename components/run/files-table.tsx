import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { StoredFileInfo } from '@/lib/domain/shapes/stored-run';
import { formatBytes } from '@/lib/domain/format/format';

const TH = 'border-b border-slate-200 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600';
const TD = 'border-b border-slate-100 px-3 py-2 align-middle';

export function FilesTable({ runId, files }: { runId: string; files: StoredFileInfo[] }) {
  return (
    <Card title={`Original files (${files.length})`}>
      {files.length === 0 ? (
        <p className="text-sm text-slate-500">No original file is stored with this run.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-separate border-spacing-0 text-sm">
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  File
                </th>
                <th scope="col" className={TH}>
                  Kind
                </th>
                <th scope="col" className={TH}>
                  Format
                </th>
                <th scope="col" className={TH}>
                  Locust
                </th>
                <th scope="col" className={TH}>
                  Encoding
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Size
                </th>
                <th scope="col" className={TH}>
                  <span className="sr-only">Download</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.id}>
                  <td
                    className={`${TD} min-w-[12rem] font-mono text-xs break-all text-slate-900`}
                    title={`SHA-256 ${f.sha256}`}
                  >
                    {f.name}
                  </td>
                  <td className={TD}>
                    <Badge>{f.kind}</Badge>
                  </td>
                  <td className={`${TD} text-slate-700`}>{f.format}</td>
                  <td className={`${TD} whitespace-nowrap text-slate-700`}>{f.versions}</td>
                  <td className={`${TD} text-slate-700`}>{f.encoding}</td>
                  <td className={`${TD} num text-right whitespace-nowrap text-slate-700`}>
                    {formatBytes(f.sizeBytes)}
                  </td>
                  <td className={`${TD} text-right`}>
                    <a
                      href={`/api/runs/${encodeURIComponent(runId)}/files/${encodeURIComponent(f.id)}`}
                      download
                      className={[
                        'inline-flex items-center gap-1 font-medium',
                        'whitespace-nowrap text-brand-600 hover:text-brand-700',
                      ].join(' ')}
                      aria-label={`Download ${f.name}`}
                    >
                      <svg
                        aria-hidden
                        viewBox="0 0 20 20"
                        className="h-4 w-4"
                        fill="none"
                        stroke="currentColor"
                        strokeWidth={1.8}
                      >
                        <path d="M10 3v10m0 0l-4-4m4 4l4-4M4 16h12" strokeLinecap="round" strokeLinejoin="round" />
                      </svg>
                      Download
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
