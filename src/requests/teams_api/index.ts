/** The Teams API: its requests, described once. */
import type { EndpointGroup } from '../types';

export const teamsApi = {
  title: 'Teams API',
  requests: {},
} as const satisfies EndpointGroup;
