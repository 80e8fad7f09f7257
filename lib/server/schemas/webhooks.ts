// Webhook requests (README "Webhooks", docs/contract.md "Webhooks").
import { z } from 'zod';
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from '../../domain/webhooks/types';

/** An http(s) URL without user info, at most 2,000 characters. */
const webhookUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'an http(s) URL without a user name or password');

export const webhookInputSchema = z.strictObject({
  url: webhookUrl,
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .min(1)
    .transform((events) => [...new Set(events)]),
  format: z.enum(WEBHOOK_FORMATS).default('json'),
  /** Absent: the server makes one (shown once, in the answer). */
  secret: z.string().min(16).max(256).optional(),
});

export const webhookPatchSchema = z.strictObject({ disabled: z.boolean() });

export const deliveriesQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });
