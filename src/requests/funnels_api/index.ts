/** The Funnels API: its requests, described once. */
import type { EndpointGroup } from '../types';

export const funnelsApi = {
  title: 'Funnels API',
  requests: {},
} as const satisfies EndpointGroup;
