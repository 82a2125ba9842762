/**
 * The Webhooks API's rules, the same over any store: the account's one webhook (created, or
 * updated in place), who hears which event, and the delivery log with its filters and pages.
 * Sending is not here: the Node sandbox delivers (node/webhooks.ts); the page has nowhere to.
 */
import { WEBHOOK_EVENTS_PAGE_SIZE, type Webhook, type WebhookEvent } from '../../src/requests/webhooks_api/objects';
import { webhookEventNames, type WebhookEventName } from '../../src/requests/webhooks_api/events';
import { isEmpty } from '../../src/requests/check';
import { ApiError, listProblems, type ErrorDetail } from './errors';
import { onePage } from './paging';
import { newUuid, spacedSeconds, type Clock, type SeedRecords, type Store } from './store';
import type { BodyOf, ValuesOf } from './values';
import type { Registry } from '../../src/requests';
import type { PageMeta } from '../../src/requests/pagination';

declare module './store' {
  interface RecordTypes {
    webhook: Webhook;
    /** The delivery log: one entry per attempt, oldest first. */
    webhookEvent: WebhookEvent;
  }
}

/** An account has one webhook, kept under this id. */
const THE_WEBHOOK = 'account';

type SubscribeBody = BodyOf<'webhooks_api', 'subscribe'>;
type EventsQuery = ValuesOf<Registry['webhooks_api']['requests']['events']>['query'];

/** Whether a request can be posted to `url` (the checks let through any text after `https://`). */
function isAddress(url: string): boolean {
  try {
    new URL(url);
    return !/\s/.test(url);
  } catch {
    return false;
  }
}

function refuse(problems: ErrorDetail[]): never {
  throw new ApiError(422, listProblems(problems), problems);
}

/** The records of an account with this webhook and delivery log (given newest first, as listed). */
export function webhookRecords(webhook: Webhook, log: readonly WebhookEvent[]): SeedRecords {
  return {
    webhook: [[THE_WEBHOOK, webhook]],
    webhookEvent: [...log].reverse().map((attempt, index) => [`seed-${index + 1}`, attempt]),
  };
}

/** Creates the webhook, or gives the existing one the new address and events (it keeps its creation date) and enables it. */
export function subscribe(store: Store, now: Clock, { url, subscriptions }: SubscribeBody): Webhook {
  const problems: ErrorDetail[] = [];
  if (!isAddress(url)) problems.push({ field: 'body.url', message: `is "${url}", not an address events can be posted to` });
  if (subscriptions.length === 0) problems.push({ field: 'body.subscriptions', message: 'is empty: name at least one event' });
  if (problems.length > 0) refuse(problems);
  const webhooks = store.records('webhook');
  return store.transaction(() => {
    const webhook: Webhook = {
      url,
      subscriptions: [...new Set(subscriptions)],
      enabled: true,
      createdAt: webhooks.get(THE_WEBHOOK)?.createdAt ?? spacedSeconds(now()),
    };
    webhooks.put(THE_WEBHOOK, webhook);
    return webhook;
  });
}

/** Deletes the webhook. Its delivery log stays, as a record of what was sent. */
export function unsubscribe(store: Store): void {
  if (!store.records('webhook').delete(THE_WEBHOOK)) throw new ApiError(404, 'This account has no webhook: there is nothing to unsubscribe');
}

/** Where an event goes now: the address of the webhook, when it is enabled and subscribed to the event. */
export function subscriberOf(store: Store, event: WebhookEventName): string | null {
  const webhook = store.records('webhook').get(THE_WEBHOOK);
  return webhook?.enabled && webhook.subscriptions.includes(event) ? webhook.url : null;
}

/** Adds an attempt to the delivery log. */
export function logAttempt(store: Store, attempt: WebhookEvent): void {
  store.records('webhookEvent').put(newUuid(), attempt);
}

/** `message_created, contact_created` → the names, each an event the API documents. */
function eventNames(list: string): WebhookEventName[] {
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(webhookEventNames as readonly string[]).includes(name));
  if (unknown.length > 0) {
    refuse([{ field: 'query.subscriptions', message: `names ${unknown.map((name) => `"${name}"`).join(', ')}, not an event; the events are: ${webhookEventNames.join(', ')}` }]);
  }
  return names as WebhookEventName[];
}

export interface DeliveryLogPage {
  webhook_events: WebhookEvent[];
  meta: PageMeta;
}

/** One page of the log, newest first, of the attempts that match the filters. */
export function deliveryLog(store: Store, { status, page = 1, items = WEBHOOK_EVENTS_PAGE_SIZE, subscriptions }: EventsQuery): DeliveryLogPage {
  // An empty filter (`?status=`) is no filter, as the checks read it.
  const events = isEmpty(subscriptions) ? undefined : eventNames(subscriptions!);
  const outcome = isEmpty(status) ? undefined : status === 'success';
  const matching = store
    .records('webhookEvent')
    .list()
    .reverse()
    .filter((attempt) => (outcome === undefined || attempt.success === outcome) && (events === undefined || events.includes(attempt.event)));
  const { items: shown, meta } = onePage(matching, page, items);
  return { webhook_events: shown, meta };
}
