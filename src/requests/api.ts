/** Facts that hold for every request of the API. */
import type { AuthSpec } from './types';

/** The version prefix of every path, the real API's and the sandbox's alike. */
export const apiPath = '/v1';

/** The production API every request is documented against. */
export const apiOrigin = 'https://api.callbell.eu';
export const apiBaseUrl = `${apiOrigin}${apiPath}`;

export const auth: AuthSpec = { scheme: 'Bearer', tokenEnvVar: 'CALLBELL_API_TOKEN' };

/** Requests per second the API takes from a client; above it, it answers 429 Too Many Requests. */
export const rateLimitPerSecond = 300;
