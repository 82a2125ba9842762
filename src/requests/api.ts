/** Facts that hold for every request of the API. */
import type { AuthSpec } from './types';

/** The production API every request is documented against. */
export const apiBaseUrl = 'https://api.callbell.eu/v1';

export const auth: AuthSpec = { scheme: 'Bearer', tokenEnvVar: 'CALLBELL_API_TOKEN' };
