/** The Webhooks API: its requests, described once. */
import type { EndpointGroup } from '../types';

export const webhooksApi = {
  title: 'Webhooks API',
  requests: {},
} as const satisfies EndpointGroup;
