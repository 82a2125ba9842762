/** The Auth API: its requests, described once. */
import type { EndpointGroup } from '../types';

export const authApi = {
  title: 'Auth API',
  requests: {},
} as const satisfies EndpointGroup;
