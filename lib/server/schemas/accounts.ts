// Request shapes of accounts and invitations.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/passwords';

const accountRole = z.enum(['viewer', 'editor', 'admin']);
const projectRole = z.enum(['viewer', 'editor']);
const email = z.email().max(320);
const name = z.string().trim().min(1).max(100);

export const userChangeSchema = z
  .object({
    name: name.optional(),
    role: accountRole.optional(),
    disabled: z.boolean().optional(),
    /** false: forget the bound single sign-on identity (the next single sign-on with the e-mail binds anew). */
    singleSignOn: z.literal(false).optional(),
  })
  .strict();

export const projectRoleSchema = z.object({ role: projectRole.nullable() }).strict();

export const invitationInputSchema = z
  .object({
    email,
    role: accountRole,
    projectId: z.string().min(1).max(200).optional(),
    projectRole: projectRole.optional(),
    expiresInDays: z.number().int().min(1).max(30).optional(),
  })
  .strict();

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(200),
    name,
    password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  })
  .strict();
