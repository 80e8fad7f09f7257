// The upload's `meta` form field (POST /api/runs): one JSON object saying what Locust's files cannot (where
// the run came from) or say less exactly (the plugin's own start, end, users and versions). Strict: an
// unknown key is a 400 naming it. Every value may be null (= not known); absent and null change nothing.
import { z } from 'zod';
import { CI_LIMITS } from '../../domain/ci/ci-env';
import { RUN_SOURCES } from '../../domain/locust/provenance';

/** Characters of the whole field (its JSON text). */
export const MAX_META_LENGTH = 20_000;

const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

/** Trimmed text of at most `max` characters without control characters; empty means null. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .regex(NO_CONTROL, 'no control characters')
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

/** An ISO-8601 date and time with its offset (`Z` or ±hh:mm), as the plugin sends them. */
const instant = z.iso.datetime({ offset: true }).nullable().optional();

const positive = z.number().positive().max(1e9).nullable().optional();

const taskTags = z.array(z.string().trim().min(1).max(200).regex(NO_CONTROL, 'no control characters')).max(100);

/** What a person may correct later (PATCH /api/runs/:id): where the run came from, as CI would have said it. */
export const editableProvenanceFields = {
  commit: text(CI_LIMITS.commit),
  branch: text(CI_LIMITS.branch),
  environment: text(CI_LIMITS.environment),
  buildUrl: text(CI_LIMITS.buildUrl).refine(
    (url) => url === null || url === undefined || /^https?:\/\/[^\s/]/i.test(url),
    'an http(s) URL',
  ),
  profile: text(200),
};

export const uploadMetaSchema = z
  .object({
    source: z.enum(RUN_SOURCES).nullable().optional(),
    ...editableProvenanceFields,
    locustfile: text(500),
    locustfileSha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'the hex sha256 of the locustfile (64 characters)')
      .transform((s) => s.toLowerCase())
      .nullable()
      .optional(),
    host: text(2000),
    locustVersion: text(100),
    userCount: positive,
    spawnRate: positive,
    startTime: instant,
    endTime: instant,
    locustTags: z
      .object({ tags: taskTags.nullable().optional(), excludeTags: taskTags.nullable().optional() })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

export type UploadMeta = z.output<typeof uploadMetaSchema>;

/** The form field: JSON text of an object as above. */
export const uploadMetaFieldSchema = z
  .string()
  .max(MAX_META_LENGTH, `meta is at most ${MAX_META_LENGTH} characters of JSON`)
  .transform((s, ctx): unknown => {
    try {
      return JSON.parse(s);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'meta must be a JSON object' });
      return z.NEVER;
    }
  })
  .pipe(uploadMetaSchema);
