/** The Auth API: check that a token works, and whose it is. */
import { defineRequest } from '../define';
import type { EndpointGroup } from '../types';
import { demoApiKey } from './objects';
import { invalidParameters } from '../errors';

const me = defineRequest({
  method: 'GET',
  path: '/auth/me',
  errors: [
    invalidParameters({ query: { expand: 'user' } }, [{ field: 'query.expand', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Checks the token the request carries: a valid one is answered with the user and the API key it belongs to.',
  params: { path: {}, query: {}, body: null },
  examples: { token: { summary: 'The token of the request', path: {}, query: {} } },
  response: {
    status: 200,
    description: 'The token is valid; whose it is.',
    schema: {
      type: 'object',
      description: 'The token is valid; whose it is.',
      properties: {
        status: { type: 'string', enum: ['ok'], description: 'Always `ok`: a token that is not valid gets an error instead.' },
        user_email: { type: 'string', format: 'email', description: 'The email of the user of the account the key belongs to.' },
        user_name: { type: 'string', description: 'The name of that user.' },
        api_key: { type: 'string', description: 'The API key that generated the token the request carries.' },
      },
      required: ['status', 'user_email', 'user_name', 'api_key'],
      additionalProperties: false,
    },
    example: { status: 'ok', ...demoApiKey },
  },
});

export const authApi = {
  title: 'Auth API',
  since: '2022-11-11',
  description: 'Check that a token works, and whose it is.',
  requests: { me },
} as const satisfies EndpointGroup;
