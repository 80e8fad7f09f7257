// The form fields of POST /api/runs beside the files, validated (lib/server/schemas/runs.ts): a 400 whose message
// names each field at fault and why (`meta: Unrecognized key: "colour"`), so that a CLI or the Locust plugin,
// which print the message alone, say what to fix.
import { uploadFieldsSchema } from '../schemas/runs';
import { badRequest } from '../services/errors';

export function readUploadFields(fields: Record<string, string>) {
  const parsed = uploadFieldsSchema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw badRequest(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), issues);
}
