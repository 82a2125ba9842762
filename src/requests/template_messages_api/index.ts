/** The Templates API: its requests, described once. */
import type { EndpointGroup } from '../types';

export const templateMessagesApi = {
  title: 'Templates API',
  requests: {},
} as const satisfies EndpointGroup;
