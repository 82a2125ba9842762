/**
 * The objects of the Webhooks API (the account's Webhook and the WebhookEvent entries of its
 * delivery log), and the demo account's webhook, which the examples and the sandbox share.
 */
import type { JsonSchema } from '../schema';
import { textMessageExample, webhookEventNames, webhookEvents, type WebhookEventName } from './events';

/** The events a webhook may subscribe to: every event the API documents. */
export const subscribableEvent = { type: 'string', enum: webhookEventNames, description: 'The name of an event.' } as const;

export const webhookSchema: JsonSchema = {
  type: 'object',
  description: "The account's webhook: where Callbell sends events, and which.",
  properties: {
    url: { type: 'string', description: 'The address events are posted to, as it was given.' },
    subscriptions: { type: 'array', items: subscribableEvent, description: 'The events it receives.' },
    enabled: {
      type: 'boolean',
      description: '`false` once Callbell stopped sending because the address did not answer for hours; subscribing again enables it.',
    },
    createdAt: { type: 'string', description: 'When the webhook was created, as `YYYY-MM-DD hh:mm:ss ±hhmm` (not ISO 8601, unlike most dates of the API).' },
  },
  required: ['url', 'subscriptions', 'enabled', 'createdAt'],
  additionalProperties: false,
};

export interface Webhook {
  url: string;
  subscriptions: WebhookEventName[];
  enabled: boolean;
  createdAt: string;
}

export const webhookEventSchema: JsonSchema = {
  type: 'object',
  description: 'One attempt at sending an event to the webhook, and how the address answered.',
  properties: {
    event: { type: 'string', enum: webhookEventNames, description: 'The name of the event.' },
    payload: { type: 'object', description: "The event's payload, as it was sent (each event's page describes its own)." },
    response: {
      type: 'object',
      description: 'What the address answered.',
      properties: {
        code: {
          anyOf: [{ type: 'integer' }, { type: 'null' }],
          description: 'The HTTP status it answered with; `null` when no answer came (see `error`).',
        },
        body: {
          anyOf: [{ type: 'object' }, { type: 'string' }],
          description: 'The body of the answer: its JSON object, or its text.',
        },
        headers: { type: 'object', additionalProperties: { type: 'string' }, description: 'The headers of the answer, by name.' },
        error: {
          type: 'string',
          description: 'Why no answer came: the address refused the connection, or did not answer in time. Only when `code` is `null`.',
        },
      },
      required: ['code', 'body', 'headers'],
      additionalProperties: false,
    },
    success: { type: 'boolean', description: '`true` when the address answered with a success status.' },
    createdAt: { type: 'string', format: 'date-time', description: 'When the attempt was made, as an ISO 8601 date.' },
  },
  required: ['event', 'payload', 'response', 'success', 'createdAt'],
  additionalProperties: false,
};

export interface WebhookEvent {
  event: WebhookEventName;
  payload: unknown;
  response: { code: number | null; body: object | string; headers: Record<string, string>; error?: string };
  success: boolean;
  createdAt: string;
}

/** The demo account's webhook: the address of the API's examples, switched off, so that nothing leaves the sandbox until you subscribe. */
export const demoWebhook: Webhook = {
  url: 'https://my-app.com/my-webhook-endpoint',
  subscriptions: ['message_created', 'contact_created'],
  enabled: false,
  createdAt: '2022-10-18 17:01:20 +0200',
};

const answeredOk = { code: 200, body: {}, headers: {} };

/** The demo webhook's delivery log, newest first: the entries of the API's example. */
export const demoWebhookLog: readonly WebhookEvent[] = [
  { event: 'message_created', payload: textMessageExample, response: answeredOk, success: true, createdAt: '2022-11-08T15:41:49Z' },
  { event: 'message_created', payload: textMessageExample, response: answeredOk, success: true, createdAt: '2022-11-08T14:52:31Z' },
  { event: 'contact_created', payload: webhookEvents.contact_created.example, response: answeredOk, success: true, createdAt: '2022-11-08T14:51:51Z' },
];

/** How many log entries a page of GET /webhooks/events holds unless `items` says otherwise (the API does not say). */
export const WEBHOOK_EVENTS_PAGE_SIZE = 20;

/** How the Node sandbox delivers events: the wait before each retry of a failed attempt, and how long an address has to answer. */
export const sandboxWebhookDelivery = { retryDelaysMs: [1_000, 2_000, 4_000], timeoutMs: 5_000 } as const;
