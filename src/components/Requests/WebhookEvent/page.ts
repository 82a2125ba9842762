// Relative imports: the release notes (plugins/) load this module in Node, where `@site` means nothing.
import { webhookEvents, type WebhookEventName } from '../../../requests/webhooks_api/events';

/** The page of an event: `contact_created` → `/api_reference/webhooks/contact_events/contact_created`. */
export function webhookEventPage(name: WebhookEventName): string {
  return `/api_reference/webhooks/${webhookEvents[name].group}/${name}`;
}
