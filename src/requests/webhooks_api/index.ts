/** The Webhooks API: subscribe the account's one webhook, remove it, read its delivery log. */
import { defineRequest } from '../define';
import { pageMetaSchema, pageParam } from '../pagination';
import type { EndpointGroup } from '../types';
import { demoWebhook, demoWebhookLog, subscribableEvent, WEBHOOK_EVENTS_PAGE_SIZE, webhookEventSchema, webhookSchema } from './objects';
import { documentedError, invalidParameters } from '../errors';

const subscribe = defineRequest({
  method: 'POST',
  path: '/webhooks/subscribe',
  errors: [
    invalidParameters({ body: { url: 'my-app.com/my-webhook-endpoint' } }, [{ field: 'body.url', message: 'must be a URL starting with https:// (or http://)' }]),
    documentedError(422, '`subscriptions` is an empty list.', { body: { subscriptions: [] } }, 'body.subscriptions is empty: name at least one event', [
      { field: 'body.subscriptions', message: 'is empty: name at least one event' },
    ]),
  ],
  summary: "Creates the account's webhook, or replaces the address and events of the one it has.",
  params: {
    path: {},
    query: {},
    body: {
      fields: {
        url: { type: 'string', format: 'url', required: true, description: 'The address Callbell posts events to, with its protocol: `https://…`.' },
        subscriptions: {
          type: 'array',
          required: true,
          items: subscribableEvent,
          description: 'The events to receive, at least one (each event has a page under Webhooks).',
        },
      },
    },
  },
  examples: {
    messages_and_contacts: {
      summary: 'New messages and new contacts',
      path: {},
      query: {},
      body: { url: demoWebhook.url, subscriptions: ['message_created', 'contact_created'] },
    },
    contacts: {
      summary: 'New and changed contacts',
      path: {},
      query: {},
      body: { url: demoWebhook.url, subscriptions: ['contact_created', 'contact_updated'] },
    },
    messages_and_closed_conversations: {
      summary: 'New messages, their statuses, and closed conversations',
      path: {},
      query: {},
      body: { url: demoWebhook.url, subscriptions: ['message_created', 'message_status_updated', 'conversation_closed'] },
    },
  },
  response: {
    status: 200,
    description: 'The webhook, as it now is.',
    schema: {
      type: 'object',
      properties: { webhook: webhookSchema },
      required: ['webhook'],
      additionalProperties: false,
    },
    // The demo account has this webhook already, switched off: subscribing updates it and switches it on.
    example: { webhook: { ...demoWebhook, enabled: true } },
  },
});

const unsubscribe = defineRequest({
  method: 'DELETE',
  path: '/webhooks/unsubscribe',
  errors: [
    documentedError(404, 'The account has no webhook (it was never subscribed, or is already unsubscribed).', { after: [['webhooks_api', 'unsubscribe']] }, 'This account has no webhook: there is nothing to unsubscribe'),
    invalidParameters({ query: { url: 'https://my-app.com/my-webhook-endpoint' } }, [{ field: 'query.url', message: 'is not a parameter of this request' }]),
  ],
  summary: "Deletes the account's webhook: no more events are sent.",
  destructive: true,
  params: { path: {}, query: {}, body: null },
  examples: { the_webhook: { summary: "The account's webhook", path: {}, query: {} } },
  response: {
    status: 200,
    description: 'Confirmation that the webhook is gone.',
    schema: {
      type: 'object',
      properties: { status: { type: 'string', enum: ['webhook was destroyed'], description: 'Always `webhook was destroyed`.' } },
      required: ['status'],
      additionalProperties: false,
    },
    example: { status: 'webhook was destroyed' },
  },
});

const events = defineRequest({
  method: 'GET',
  path: '/webhooks/events',
  errors: [
    invalidParameters({ query: { status: 'pending' } }, [{ field: 'query.status', message: 'must be one of: failed, success' }]),
  ],
  summary: "Lists the webhook's delivery attempts, newest first, a page at a time.",
  params: {
    path: {},
    query: {
      status: { type: 'string', enum: ['failed', 'success'], description: 'Only the attempts that failed, or only those that succeeded.' },
      page: pageParam,
      items: { type: 'integer', minimum: 1, description: `How many attempts a page holds (default ${WEBHOOK_EVENTS_PAGE_SIZE}).` },
      subscriptions: { type: 'string', example: 'message_created,contact_created', description: 'Only these events: their names, comma-separated (`message_created,contact_created`).' },
    },
    body: null,
  },
  examples: { latest: { summary: 'The latest attempts', path: {}, query: {} } },
  response: {
    status: 200,
    description: 'One page of the delivery log.',
    schema: {
      type: 'object',
      properties: {
        webhook_events: { type: 'array', items: webhookEventSchema, description: 'The attempts on this page, newest first.' },
        meta: pageMetaSchema,
      },
      required: ['webhook_events', 'meta'],
      additionalProperties: false,
    },
    example: { webhook_events: demoWebhookLog, meta: { page: 1, pages: 1 } },
  },
});

export const webhooksApi = {
  title: 'Webhooks API',
  since: '2022-10-18',
  description: "The account's one webhook: subscribe an address to events, remove it, read the log of deliveries.",
  requests: { subscribe, unsubscribe, events },
} as const satisfies EndpointGroup;
