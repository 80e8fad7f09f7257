// A single sign-on that did not sign someone in. /api/auth/oidc/callback sends the browser to
// /sign-in?error=CODE (with the e-mail, when the sentence names it); anywhere else it answers as an
// AppError (403).
import type { SsoErrorCode } from '../../domain/shapes/sso';
import { AppError } from './errors';

export class SsoRefusal extends AppError {
  constructor(
    readonly reason: SsoErrorCode,
    message: string,
    /** The address the provider sent, for the sentence on /sign-in; null when none or not worth showing. */
    readonly email: string | null = null,
  ) {
    super(403, reason, message);
    this.name = 'SsoRefusal';
  }
}
