/**
 * What happens in the account that webhook subscribers hear of. Rules announce an event with
 * its documented payload; who listens (the Node sandbox's webhook delivery) is the adapter's
 * business, so the core stays the same in the page, where nobody does.
 */
import type { WebhookEventName } from '../../src/requests/webhooks_api/events';

export interface AccountEvent {
  event: WebhookEventName;
  /** The event's payload as documented (the delivery wraps it as `{"event", "payload"}`). */
  payload: unknown;
  /**
   * When it happens, in milliseconds by the sandbox's clock, for an event announced ahead (a
   * sent message reaching `delivered` later); absent: now. The core runs no timer: the adapter
   * that delivers waits until then.
   */
  at?: number;
}

export type EventSink = (event: AccountEvent) => void;
