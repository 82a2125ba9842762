/** The Users API: its requests, described once. */
import type { EndpointGroup } from '../types';

export const usersApi = {
  title: 'Users API',
  requests: {},
} as const satisfies EndpointGroup;
