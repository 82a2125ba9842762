/** The Webhooks API in the sandbox: each request's handler over the rules of webhooks.ts. */
import { demoWebhook, demoWebhookLog } from '../../../src/requests/webhooks_api/objects';
import { deliveryLog, subscribe, unsubscribe, webhookRecords } from '../webhooks';
import type { SandboxGroup } from './group';

export const webhooksApi: SandboxGroup<'webhooks_api'> = {
  handlers: {
    subscribe: ({ store, now }, { body }) => ({ webhook: subscribe(store, now, body!) }),
    unsubscribe: ({ store }) => {
      unsubscribe(store);
      return { status: 'webhook was destroyed' };
    },
    events: ({ store }, { query }) => deliveryLog(store, query),
  },
  seed: () => webhookRecords(demoWebhook, demoWebhookLog),
};
