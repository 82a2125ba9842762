import { webhookEvents, type WebhookEventName } from '@site/src/requests/webhooks_api/events';

/** The page of an event: `contact_created` → `/api_reference/webhooks/contact_events/contact_created`. */
export function webhookEventPage(name: WebhookEventName): string {
  return `/api_reference/webhooks/${webhookEvents[name].group}/${name}`;
}
