import type { ErrorCode } from '../contract/errors.js';

export interface FieldProblem {
  field: string;
  /** A message key of server/i18n/messages.ts, e.g. `field.slug_format`. */
  key: string;
  params?: Record<string, string | number>;
}

/** The one error services throw; the error handler maps `code` to a status and a localized message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields: FieldProblem[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** Shorthand for a validation error on a single field. */
export function fieldError(field: string, key: string, params?: Record<string, string | number>): AppError {
  return new AppError('validation_failed', [{ field, key, params }]);
}
