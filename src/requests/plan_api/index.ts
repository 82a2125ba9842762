/** The Plan API: its requests, described once. */
import type { EndpointGroup } from '../types';

export const planApi = {
  title: 'Plan API',
  requests: {},
} as const satisfies EndpointGroup;
