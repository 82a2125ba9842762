/** The Channels API: its requests, described once. */
import type { EndpointGroup } from '../types';

export const channelsApi = {
  title: 'Channels API',
  requests: {},
} as const satisfies EndpointGroup;
