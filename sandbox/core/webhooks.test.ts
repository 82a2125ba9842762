/** The Webhooks API's rules, over both stores: the one webhook, its delivery log, and what each refuses. */
import { describe, expect, it } from 'vitest';
import { getRequest } from '../../src/requests';
import { demoWebhook, demoWebhookLog, type WebhookEvent } from '../../src/requests/webhooks_api/objects';
import { ajv, expectError, jsonInit, sandbox as sandboxOver, stores, testClock } from '../../tests/support/sandbox';
import { send } from '../../tests/support/sandbox-client';
import { logAttempt } from './webhooks';

const subscribeSpec = getRequest('webhooks_api', 'subscribe');
const eventsSpec = getRequest('webhooks_api', 'events');

/** A log entry of `event`, at `createdAt`, that succeeded or not. */
const attempt = (event: WebhookEvent['event'], createdAt: string, success = true): WebhookEvent => ({
  event,
  payload: { uuid: createdAt },
  response: success ? { code: 200, body: {}, headers: {} } : { code: null, body: '', headers: {}, error: 'the connection was refused' },
  success,
  createdAt,
});

describe.each(stores)('over the $name store', ({ open }) => {
  const started = async () => {
    const clock = testClock();
    const sandbox = await sandboxOver({ open, now: clock });
    const subscribe = (body: unknown) => send(`${sandbox.baseUrl}/webhooks/subscribe`, jsonInit('POST', body));
    const unsubscribe = () => send(`${sandbox.baseUrl}/webhooks/unsubscribe`, { method: 'DELETE' });
    const events = (query = '') => send(`${sandbox.baseUrl}/webhooks/events${query}`);
    return { ...sandbox, clock, subscribe, unsubscribe, events };
  };

  describe('subscribe', () => {
    it('updates the webhook in place: new address and events, its creation date kept, enabled', async () => {
      const { subscribe } = await started();
      const answer = await subscribe({ url: 'http://localhost:4030/hooks', subscriptions: ['contact_deleted', 'message_created', 'contact_deleted'] });
      expect(answer.status).toBe(200);
      expect(ajv.validate(subscribeSpec.response.schema!, answer.body), ajv.errorsText()).toBe(true);
      expect(answer.body.webhook).toEqual({
        url: 'http://localhost:4030/hooks',
        subscriptions: ['contact_deleted', 'message_created'],
        enabled: true,
        createdAt: demoWebhook.createdAt,
      });
    });

    it('creates a webhook, dated now, when the account has none', async () => {
      const { subscribe, unsubscribe, clock } = await started();
      expect((await unsubscribe()).body).toEqual({ status: 'webhook was destroyed' });
      clock.advance(61_000);
      const answer = await subscribe({ url: 'https://example.com/callbell', subscriptions: ['message_status_updated'] });
      expect(answer.body.webhook).toMatchObject({ url: 'https://example.com/callbell', enabled: true, createdAt: '2025-06-02 09:01:01 +0000' });
    });

    it('refuses an empty list of events, an unknown event and an address that is not one, naming each', async () => {
      const { subscribe } = await started();
      const answer = await subscribe({ url: 'https://exa mple.com', subscriptions: [] });
      expectError(answer, 422);
      expect(answer.body.error.details).toEqual([
        { field: 'body.url', message: 'is "https://exa mple.com", not an address events can be posted to' },
        { field: 'body.subscriptions', message: 'is empty: name at least one event' },
      ]);
      const unknown = await subscribe({ url: 'www.example.com', subscriptions: ['message_created', 'message_deleted'] });
      expect(unknown.body.error.details).toEqual([
        { field: 'body.url', message: 'must be a URL starting with https:// (or http://)' },
        { field: 'body.subscriptions[1]', message: expect.stringMatching(/^must be one of: message_created, message_status_updated, /) },
      ]);
    });
  });

  describe('unsubscribe', () => {
    it('deletes the webhook once; a second time there is none (404)', async () => {
      const { unsubscribe } = await started();
      expect((await unsubscribe()).status).toBe(200);
      expectError(await unsubscribe(), 404, /no webhook/);
    });
  });

  describe('the delivery log', () => {
    /** The demo log, then five attempts a minute apart: odd ones failed, the last a contact_deleted. */
    const withAttempts = async () => {
      const sandbox = await started();
      const events = ['message_created', 'message_status_updated', 'message_created', 'message_status_updated', 'contact_deleted'] as const;
      events.forEach((event, index) => logAttempt(sandbox.store, attempt(event, `2025-06-02T09:0${index}:00Z`, index % 2 === 0)));
      return sandbox;
    };
    const times = (answer: { body: { webhook_events: WebhookEvent[] } }) => answer.body.webhook_events.map((entry) => entry.createdAt);

    it('lists the newest first, 20 a page unless items says otherwise', async () => {
      const { events } = await withAttempts();
      const all = await events();
      expect(ajv.validate(eventsSpec.response.schema!, all.body), ajv.errorsText()).toBe(true);
      expect(times(all)).toEqual(['2025-06-02T09:04:00Z', '2025-06-02T09:03:00Z', '2025-06-02T09:02:00Z', '2025-06-02T09:01:00Z', '2025-06-02T09:00:00Z', ...demoWebhookLog.map((entry) => entry.createdAt)]);
      expect(all.body.meta).toEqual({ page: 1, pages: 1 });
      const second = await events('?items=3&page=2');
      expect(times(second)).toEqual(['2025-06-02T09:01:00Z', '2025-06-02T09:00:00Z', demoWebhookLog[0]!.createdAt]);
      expect(second.body.meta).toEqual({ page: 2, pages: 3 });
      expect((await events('?items=3&page=4')).body).toEqual({ webhook_events: [], meta: { page: 4, pages: 3 } });
    });

    it('filters by outcome and by events, comma-separated, spaces allowed', async () => {
      const { events } = await withAttempts();
      expect(times(await events('?status=failed'))).toEqual(['2025-06-02T09:03:00Z', '2025-06-02T09:01:00Z']);
      expect((await events('?status=success')).body.webhook_events).toHaveLength(3 + demoWebhookLog.length);
      const statusUpdates = await events('?subscriptions=message_status_updated,%20contact_deleted&status=success');
      expect(statusUpdates.body.webhook_events.map((entry: WebhookEvent) => entry.event)).toEqual(['contact_deleted']);
      // Empty filters filter nothing.
      expect((await events('?status=&subscriptions=')).body.webhook_events).toHaveLength(5 + demoWebhookLog.length);
    });

    it('refuses an unknown event, a status other than failed or success, and a page below 1', async () => {
      const { events } = await withAttempts();
      const unknown = await events('?subscriptions=message_created,contact_removed');
      expectError(unknown, 422);
      expect(unknown.body.error.details).toEqual([{ field: 'query.subscriptions', message: expect.stringMatching(/^names "contact_removed", not an event; the events are: message_created, /) }]);
      expect((await events('?status=ok')).body.error.details).toEqual([{ field: 'query.status', message: 'must be one of: failed, success' }]);
      expect((await events('?page=0&items=0')).body.error.details).toEqual([
        { field: 'query.page', message: 'must be 1 or more' },
        { field: 'query.items', message: 'must be 1 or more' },
      ]);
    });

    it('is kept after unsubscribing, as a record of what was sent', async () => {
      const { events, unsubscribe } = await withAttempts();
      await unsubscribe();
      expect((await events()).body.webhook_events).toHaveLength(5 + demoWebhookLog.length);
    });
  });
});
