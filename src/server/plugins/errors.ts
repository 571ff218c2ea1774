import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { ERROR_STATUS, type ErrorCode, type FieldError } from '../../contract/errors.js';
import { pickLocale, type Locale } from '../../contract/locale.js';
import { AppError, type FieldProblem } from '../errors.js';
import { errorMessage, hasMessage, translate } from '../i18n/messages.js';

interface ValidationEntry {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Turns one schema validation entry into a localized field error. */
export function localizeValidationEntry(
  entry: ValidationEntry,
  locale: Locale,
  context?: string,
): FieldError {
  const path = entry.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  const params = entry.params ?? {};
  const field =
    path || (typeof params.keys === 'object' ? String((params.keys as string[])[0]) : (context ?? 'body'));
  const numeric = (v: unknown) => (typeof v === 'bigint' ? Number(v) : (v as number));
  let key = 'field.invalid_format';
  const values: Record<string, string | number> = {};
  switch (entry.keyword) {
    case 'invalid_type':
      key = params.input === undefined ? 'field.required' : 'field.invalid_type';
      if (params.expected === 'int' && typeof params.input === 'number') {
        key = 'field.not_integer';
      }
      break;
    case 'too_small':
    case 'too_big': {
      const origin =
        params.origin === 'array' || params.origin === 'set'
          ? 'array'
          : params.origin === 'string'
            ? 'string'
            : 'number';
      key = `field.${entry.keyword}.${origin}`;
      values.minimum = numeric(params.minimum);
      values.maximum = numeric(params.maximum);
      if (entry.keyword === 'too_small' && origin === 'string' && numeric(params.minimum) === 1) {
        key = 'field.required';
      }
      break;
    }
    case 'invalid_format':
      key =
        params.format === 'email' || params.format === 'url'
          ? `field.invalid_format.${String(params.format)}`
          : 'field.invalid_format';
      if (params.format === 'regex' && entry.message && hasMessage(entry.message)) {
        key = entry.message;
      }
      break;
    case 'invalid_value':
    case 'invalid_union':
      // A schema may name its own message key (e.g. a required consent); otherwise the generic one.
      key = entry.message && hasMessage(entry.message) ? entry.message : 'field.invalid_value';
      break;
    case 'unrecognized_keys':
      key = 'field.unrecognized_keys';
      values.keys = Array.isArray(params.keys) ? params.keys.join(', ') : '';
      break;
    case 'custom':
      key = entry.message && hasMessage(entry.message) ? entry.message : 'field.invalid_value';
      break;
    default:
      key = entry.message && hasMessage(entry.message) ? entry.message : 'field.invalid_format';
  }
  return { field, code: key.replace(/^field\./, ''), message: translate(locale, key, values) };
}

function localizeFieldProblem(problem: FieldProblem, locale: Locale): FieldError {
  return {
    field: problem.field,
    code: problem.key.replace(/^field\./, ''),
    message: translate(locale, problem.key, problem.params),
  };
}

function send(reply: FastifyReply, locale: Locale, code: ErrorCode, fields?: FieldError[]): FastifyReply {
  const status = ERROR_STATUS[code];
  const body = {
    error: { code, message: errorMessage(locale, code), ...(fields?.length ? { fields } : {}) },
  };
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
    case 406:
      return 'bad_request';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'internal' : 'bad_request';
  }
}

/** Answers a request for an unknown route with the JSON 404 of the API. */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, request.locale, 'route_not_found');
}

/**
 * Errors of the router before a route is found (a malformed URL, a path parameter over 100
 * characters): Fastify would answer them in its own shape, so they get the API's error body too.
 */
export function handleFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const locale = pickLocale(request.headers['accept-language']);
  const status = error.statusCode ?? 400;
  void send(reply, locale, status >= 500 ? 'internal' : status === 404 ? 'route_not_found' : 'bad_request');
}

/** Installs the one error handler. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = request.locale;
    if (error instanceof AppError) {
      return send(
        reply,
        locale,
        error.code,
        error.fields.map((f) => localizeFieldProblem(f, locale)),
      );
    }
    if ((error as unknown) instanceof ZodError) {
      const issues = (error as unknown as ZodError).issues;
      const fields = issues.map((issue) =>
        localizeValidationEntry(
          {
            keyword: issue.code,
            instancePath: `/${issue.path.join('/')}`,
            message: issue.message,
            params: { ...issue },
          },
          locale,
        ),
      );
      return send(reply, locale, 'validation_failed', fields);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      const fields = error.validation.map((entry) => localizeValidationEntry(entry, locale, context));
      return send(reply, locale, 'validation_failed', fields);
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return send(reply, locale, 'rate_limited');
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return send(reply, locale, 'bad_request');
    }
    if (status >= 400 && status < 500) {
      return send(reply, locale, codeForStatus(status));
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, locale, 'internal');
  });
}
