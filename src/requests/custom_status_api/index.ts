/** The Custom Status API: its requests, described once. */
import type { EndpointGroup } from '../types';

export const customStatusApi = {
  title: 'Custom Status API',
  requests: {},
} as const satisfies EndpointGroup;
