import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '@generated/api-schema';
import { IDLE_HEADER, idleMillis } from './activity';
import { storedLocale } from './i18n';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

export const CSRF_COOKIE = 'BPM-XSRF-TOKEN';
export const CSRF_HEADER = 'X-BPM-XSRF-TOKEN';
export const UNAUTHORIZED_EVENT = 'bpm:unauthorized';

/** An error answer of the API, carrying its problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): Schemas['FieldMessage'][] {
    return this.problem.errors ?? [];
  }
}

export function readCookie(name: string): string | undefined {
  return document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.substring(name.length + 1);
}

/** Sends the CSRF cookie back as a header on every state-changing request. */
const csrf: Middleware = {
  onRequest({ request }) {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      const token = readCookie(CSRF_COOKIE);
      if (token) {
        request.headers.set(CSRF_HEADER, decodeURIComponent(token));
      }
    }
    return request;
  },
};

/** Tells the server how long the user has been idle, so background polling does not keep a session alive. */
const activity: Middleware = {
  onRequest({ request }) {
    request.headers.set(IDLE_HEADER, String(idleMillis()));
    return request;
  },
};

/** Asks for the server's messages (problem details, field errors, reasons) in the UI's current language. */
const language: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', storedLocale() === 'en' ? 'en' : 'zh-CN');
    return request;
  },
};

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** A fresh key for one submission; crypto.randomUUID where the browser has it. */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (crypto?.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Every POST (one form submission) carries a key of its own, so the server creates its item, round,
 * period… once even if the request is retried or doubled; the server ignores it where a POST is not
 * a create.
 */
const idempotency: Middleware = {
  onRequest({ request }) {
    if (request.method === 'POST' && !request.headers.has(IDEMPOTENCY_HEADER)) {
      request.headers.set(IDEMPOTENCY_HEADER, newIdempotencyKey());
    }
    return request;
  },
};

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'title' in body && 'status' in body;
}

/** The single API client. Paths and bodies are typed from frontend/openapi.json. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // Look fetch up per call, not once at import, so test doubles installed later are used.
  fetch: (request) => globalThis.fetch(request),
});
api.use(csrf);
api.use(activity);
api.use(language);
api.use(idempotency);

/**
 * Returns the data of a call or throws an {@link ApiError}. A 401 (session expired, not logged in)
 * is announced once so the app can show the login page.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  options: { announceUnauthorized?: boolean } = {},
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem: Problem = isProblem(error)
      ? error
      : { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
    if (response.status === 401 && options.announceUnauthorized !== false) {
      window.dispatchEvent(new CustomEvent(UNAUTHORIZED_EVENT));
    }
    throw new ApiError(response.status, problem);
  }
  return data as T;
}
