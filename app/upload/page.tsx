import type { Metadata } from 'next';
import { connection } from 'next/server';
import { UploadForm } from '@/components/upload/upload-form';
import { DEFAULT_PROJECT, listFilters } from '@/lib/server/services/runs-service';

export const metadata: Metadata = { title: 'Upload runs' };

export default async function UploadPage() {
  await connection(); // the project list is read per request, never prerendered
  const { projects } = await listFilters();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Upload runs</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Add what Locust wrote for one or more runs. Swarmlens recognizes each file by its content (any Locust version
          from 0.12 to 2.46), shows what it found before anything is sent, and groups the files into runs by their
          prefix.
        </p>
      </header>
      <UploadForm projects={projects.map((p) => p.name)} defaultProject={DEFAULT_PROJECT} />
    </div>
  );
}
