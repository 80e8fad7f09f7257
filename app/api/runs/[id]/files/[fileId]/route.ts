// GET /api/runs/:id/files/:fileId – download an uploaded original, byte for byte
import { withErrors } from '@/lib/server/http/respond';
import { downloadRunFile } from '@/lib/server/services/runs-service';

export const dynamic = 'force-dynamic';

export const GET = withErrors(
  async (_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) => {
    const { id, fileId } = await params;
    const file = await downloadRunFile(id, fileId);
    const base = file.name.split('/').pop() ?? 'file';
    const asciiName = base.replace(/[^\w.-]/g, '_');
    return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(file.bytes.length),
        'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(base)}`,
      },
    });
  },
);
