/**
 * The sandbox: a Fastify server implementing the Contacts API as the registry describes it.
 * Routes, their validation and their response shapes all come from `src/requests`.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { registry, type RequestSpec } from '../../src/requests';
import { groupSchema } from '../../src/requests/schema';
import { asDocumented } from '../core/as-documented';
import { answerClientError } from './client-errors';
import { ApiError, errorBody, listProblems } from '../core/errors';
import { parseJsonBody } from '../core/json-body';
import { handlers } from '../core/routes';
import type { ContactStore } from '../core/contact-store';
import { SqliteStore } from './sqlite-store';
import type { AddressInfo } from 'node:net';
import { describeValidationErrors, validatorCompiler } from '../core/validation';

export const BODY_LIMIT = 64 * 1024;
export const URL_LIMIT = 8 * 1024;
export const RATE_LIMIT_PER_SECOND = 300;

/**
 * How long the sandbox waits on a client, in milliseconds. A client that sends its headers a
 * byte at a time, or opens a connection and sends nothing, is cut off at `headers`; an idle
 * kept-alive connection is closed after `keepAlive`. Node checks every `checkInterval`.
 */
export interface Timeouts {
  headers: number;
  request: number;
  keepAlive: number;
  checkInterval: number;
}
export const TIMEOUTS: Timeouts = { headers: 10_000, request: 30_000, keepAlive: 5_000, checkInterval: 1_000 };

export interface SandboxOptions {
  store: ContactStore;
  token: string;
  /** Requests per window before 429; `0` turns the limit off (benchmarks). */
  rateLimit?: number;
  /** The rate limit's window: a second, unless a test needs a window no machine's speed can straddle. */
  rateWindowMs?: number;
  /** One line per request; never given the token. */
  log?: (line: string) => void;
  timeouts?: Timeouts;
}

function httpErrorOf(error: FastifyError, request: FastifyRequest): ApiError {
  if (error instanceof ApiError) return error;
  if (error.validation) {
    const details = describeValidationErrors(error.validation as never, error.validationContext ?? 'body');
    return new ApiError(422, `Invalid parameters: ${listProblems(details)}`, details);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(
        415,
        `The body was sent as ${request.headers['content-type'] ?? 'an unnamed media type'}, which the API does not read: send it as JSON, with the header Content-Type: application/json (with curl: -H 'Content-Type: application/json')`,
        [{ field: 'header.Content-Type', message: 'must be application/json' }],
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, `The body is larger than the sandbox accepts (${BODY_LIMIT / 1024} KB)`);
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ApiError(414, 'A path value is longer than the sandbox accepts (100 characters): check the identifier in the URL');
    case 'FST_ERR_BAD_URL':
      return new ApiError(400, 'The path is not a valid URL: check its percent-encoding (%XX)');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new ApiError(error.statusCode, error.message);
  return new ApiError(500, 'The sandbox failed to answer this request; it keeps running, try again');
}

export async function buildSandbox({
  store,
  token,
  rateLimit: perWindow = RATE_LIMIT_PER_SECOND,
  rateWindowMs = 1000,
  log = () => {},
  timeouts = TIMEOUTS,
}: SandboxOptions): Promise<FastifyInstance> {
  const replyWithError = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const apiError = httpErrorOf(error, request);
    if (apiError.status >= 500) log(`error: ${error.stack ?? error.message}`);
    return reply.code(apiError.status).send(errorBody(apiError.status, apiError.message, apiError.details));
  };
  // frameworkErrors: errors Fastify raises before routing (a malformed URL) get the same shape.
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: false,
    frameworkErrors: (error, request, reply) => replyWithError(error, request, reply),
    // `/v1/contacts/` is `/v1/contacts`, as clients that join paths with a slash send it.
    routerOptions: { ignoreTrailingSlash: true },
    clientErrorHandler: answerClientError,
    requestTimeout: timeouts.request,
    keepAliveTimeout: timeouts.keepAlive,
    http: { headersTimeout: timeouts.headers, connectionsCheckingInterval: timeouts.checkInterval },
  });
  app.setValidatorCompiler(validatorCompiler);
  // JSON only: any other body type is a 415, not text to validate.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text: string, done) => {
    // Many clients send Content-Type: application/json on every request, a GET or DELETE too:
    // with nothing after it, there is no body.
    if (text === '') return done(null, undefined);
    try {
      done(null, parseJsonBody(text));
    } catch (error) {
      done(error as ApiError);
    }
  });

  await app.register(cors, {
    origin: true,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept'],
    exposedHeaders: ['Retry-After', 'Content-Length'],
    maxAge: 600,
  });
  // Chromium asks before a page on a public site calls a local address (Private Network Access).
  app.addHook('onSend', async (request, reply) => {
    if (request.headers['access-control-request-private-network'] === 'true') reply.header('Access-Control-Allow-Private-Network', 'true');
  });
  if (perWindow > 0) {
    const window = rateWindowMs === 1000 ? 'second' : `${rateWindowMs / 1000} seconds`;
    await app.register(rateLimit, {
      max: perWindow,
      timeWindow: rateWindowMs,
      errorResponseBuilder: (_, context) => new ApiError(429, `Too many requests: the limit is ${context.max} per ${window}. Retry after ${context.after}.`),
    });
  }

  // After CORS, so that a page can read these refusals.
  app.addHook('onRequest', async (request) => {
    if (request.url.length > URL_LIMIT) throw new ApiError(414, `The URL is longer than the sandbox accepts (${URL_LIMIT / 1024} KB): send fewer or shorter query values`);
  });
  app.addHook('onRequest', async (request) => {
    if (request.method === 'OPTIONS') return;
    const header = request.headers.authorization;
    if (!header) throw new ApiError(401, 'Missing Authorization header: send "Authorization: Bearer <token>"', [{ field: 'header.Authorization', message: 'is required' }]);
    if (header !== `Bearer ${token}`) throw new ApiError(401, 'Invalid API token: check the token you sent in "Authorization: Bearer <token>"', [{ field: 'header.Authorization', message: 'is not a valid token' }]);
  });
  app.addHook('onResponse', async (request, reply) => {
    log(`${request.method} ${request.url} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms`);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => replyWithError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(errorBody(404, `No such endpoint: ${request.method} ${request.url.split('?')[0]}`)),
  );

  const requests: Record<string, RequestSpec> = registry.contacts_api.requests;
  for (const [id, spec] of Object.entries(requests)) {
    const bodyParams = spec.params.body;
    app.route({
      method: spec.method,
      url: `/v1${spec.path}`,
      schema: {
        params: groupSchema(spec.params.path),
        querystring: groupSchema(spec.params.query),
        ...(bodyParams ? { body: groupSchema(bodyParams) } : {}),
        response: { [spec.response.status]: spec.response.schema },
      },
      ...(bodyParams && {
        // A request that takes a body but was sent none is checked as an empty object, so that
        // what is missing is named field by field.
        preValidation: async (request: FastifyRequest) => {
          if (request.body === undefined) request.body = {};
        },
        preHandler: async (request: FastifyRequest) => void (request.body = asDocumented(bodyParams, request.body as Record<string, unknown>)),
      }),
      handler: async (request) => handlers[id as keyof typeof handlers](store, request),
    });
  }
  return app;
}

export interface RunningSandbox {
  baseUrl: string;
  port: number;
  store: ContactStore;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 (port 0: any free port) over the SQLite database `dbFile`, or over
 * `store` (the conformance tests run the same server over the in-browser store).
 */
export async function startSandbox(
  options: Omit<SandboxOptions, 'store'> & ({ dbFile: string; store?: never } | { store: ContactStore; dbFile?: never }) & { port?: number },
): Promise<RunningSandbox> {
  const store = options.store ?? new SqliteStore(options.dbFile);
  const app = await buildSandbox({ ...options, store });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    store,
    close: async () => {
      await app.close();
      store.close();
    },
  };
}
