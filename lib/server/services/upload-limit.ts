// The upload size limit: of one request (lib/server/http/read-upload.ts), and of one file unzipped
// from an uploaded zip (upload-intake.ts), since an entry is a file that could have been sent alone.

/** SWARMLENS_UPLOAD_MAX_MB, default 512 MiB per request. */
export function uploadLimitBytes(): number {
  const mb = Number(process.env.SWARMLENS_UPLOAD_MAX_MB ?? 512);
  return (Number.isFinite(mb) && mb > 0 ? mb : 512) * 1024 * 1024;
}
