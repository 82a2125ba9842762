/** The Funnels API: the stages of the account's sales funnel. */
import { defineRequest } from '../define';
import type { EndpointGroup } from '../types';
import { demoFunnels, funnelSchema } from './objects';
import { invalidParameters } from '../errors';

const get_funnels = defineRequest({
  since: '2025-12-22',
  method: 'GET',
  path: '/funnels',
  errors: [
    invalidParameters({ query: { page: '2' } }, [{ field: 'query.page', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Lists the stages of the account\'s sales funnel.',
  params: { path: {}, query: {}, body: null },
  examples: { all: { summary: 'Every funnel stage of the account', path: {}, query: {} } },
  response: {
    status: 200,
    description: 'The funnel stages of the account.',
    schema: {
      type: 'object',
      properties: { funnels: { type: 'array', items: funnelSchema, description: 'Every stage, newest first.' } },
      required: ['funnels'],
      additionalProperties: false,
    },
    example: { funnels: demoFunnels },
  },
});

export const funnelsApi = {
  title: 'Funnels API',
  description: "The stages of the account's sales funnel, which a contact's conversation can be moved to.",
  requests: { get_funnels },
} as const satisfies EndpointGroup;
