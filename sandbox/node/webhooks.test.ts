/**
 * Webhook delivery from the Node sandbox to a receiver on this machine: what arrives, when a
 * delivery is tried again, what the log says, and that unsubscribing stops it. Tests wait on
 * the receiver's arrivals and on the sandbox's deliveries settling, never on a timer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { setTimeout as timer } from 'node:timers/promises';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { exampleValues, getRequest } from '../../src/requests';
import { johnDoe, maxMustermann } from '../../src/requests/contacts_api/objects';
import { sandboxDelivery } from '../../src/requests/messages_api/objects';
import { webhookEventNames, webhookEvents, type WebhookEventName } from '../../src/requests/webhooks_api/events';
import { demoWebhookLog, type WebhookEvent } from '../../src/requests/webhooks_api/objects';
import { DEMO_TOKEN } from '../address';
import { send, sendRequest } from '../../tests/support/sandbox-client';
import { jsonInit, testClock } from '../../tests/support/sandbox';
import { startSandbox } from './server';
import { startReceiver, type ReceivedEvent } from './webhooks-receiver';
import type { WebhookTiming } from './webhooks';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()));
});

/** Two retries, and waits that pass a thousand times faster than real time; each wait asked for is noted. */
function fastTiming(timeoutMs = 2_000): WebhookTiming & { waits: number[] } {
  const waits: number[] = [];
  return { retryDelays: [10, 20], timeoutMs, waits, wait: (ms, signal) => (waits.push(ms), timer(ms / 1000, undefined, { signal })) };
}

/** A sandbox on a clock that stands still, and a receiver; the sandbox's webhook not yet pointed at it. */
async function setUp(options: { answer?: (count: number) => number; timing?: WebhookTiming } = {}) {
  const receiver = await startReceiver({ answer: options.answer });
  const sandbox = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0, now: testClock(), webhookTiming: options.timing ?? fastTiming() });
  running.push(sandbox, receiver);
  const subscribe = (subscriptions: readonly WebhookEventName[] = webhookEventNames, url = receiver.url) =>
    send(`${sandbox.baseUrl}/webhooks/subscribe`, jsonInit('POST', { url, subscriptions }));
  const call = <E extends 'contacts_api' | 'messages_api'>(endpoint: E, request: Parameters<typeof getRequest<E>>[1], example?: string) => {
    const spec = getRequest(endpoint, request);
    return sendRequest(sandbox.baseUrl, spec, exampleValues(spec, example));
  };
  const log = async (): Promise<WebhookEvent[]> => (await send(`${sandbox.baseUrl}/webhooks/events?items=100`)).body.webhook_events;
  return { sandbox, receiver, subscribe, call, log };
}

const named = (event: WebhookEventName, test: (payload: any) => boolean = () => true) => (received: ReceivedEvent) =>
  received.event === event && test(received.payload);

function expectDocumented(received: ReceivedEvent): void {
  const { payload } = webhookEvents[received.event as WebhookEventName];
  expect(ajv.validate(payload, received.payload), `${received.event}: ${ajv.errorsText()}`).toBe(true);
}

describe('delivering to a subscribed address', () => {
  it("posts the events of a contact's creation, change and deletion, as documented", async () => {
    const { receiver, subscribe, call } = await setUp();
    expect((await subscribe()).status).toBe(200);
    const created = (await call('contacts_api', 'post_contacts')).body.contact;
    await call('contacts_api', 'patch_contacts');
    await call('contacts_api', 'delete_contact');

    const arrivals = await Promise.all([
      receiver.next(named('contact_created', (contact) => contact.uuid === created.uuid)),
      receiver.next(named('contact_updated', (contact) => contact.uuid === johnDoe.uuid)),
      receiver.next(named('contact_deleted', (deleted) => deleted.uuid === maxMustermann.uuid)),
    ]);
    arrivals.forEach(expectDocumented);
    expect(arrivals[1]!.payload).toMatchObject({ tags: ['Call back', 'Interested'] });
  });

  it("posts a sent message's message_created, then a message_status_updated as it reaches each status", async () => {
    const timing = fastTiming();
    const { receiver, subscribe, call, sandbox } = await setUp({ timing });
    await subscribe(['message_created', 'message_status_updated']);
    const { uuid } = (await call('messages_api', 'post_send_messages', 'text')).body.message;

    const created = await receiver.next(named('message_created'));
    expectDocumented(created);
    const statuses = await Promise.all(sandboxDelivery.timeline.map((status) => receiver.next(named('message_status_updated', (payload) => payload.uuid === uuid && payload.status === status))));
    statuses.forEach(expectDocumented);
    // Each status waited for its own time: one step of the timeline after the last.
    const step = sandboxDelivery.stepSeconds * 1000;
    expect(timing.waits.sort((a, b) => a - b)).toEqual(sandboxDelivery.timeline.slice(1).map((_, index) => (index + 1) * step));
    await sandbox.webhooksSettled();
    expect(receiver.received).toHaveLength(1 + sandboxDelivery.timeline.length);
  });

  it('sends only the events the webhook subscribes to, as {"event", "payload"} JSON, and logs each attempt', async () => {
    const { receiver, subscribe, call, sandbox, log } = await setUp();
    await subscribe(['contact_created']);
    await call('messages_api', 'post_send_messages', 'text');
    await call('contacts_api', 'post_contacts');
    await sandbox.webhooksSettled();
    expect(receiver.received.map(({ event }) => event)).toEqual(['contact_created']);
    const [latest] = await log();
    expect(latest).toMatchObject({ event: 'contact_created', payload: receiver.received[0]!.payload, success: true, response: { code: 200, body: { status: 'ok' } } });
    expect(latest!.response.headers['content-type']).toBe('application/json');
  });
});

describe('a failed delivery', () => {
  it('is tried again after each wait until the address answers 2xx, each attempt in the log', async () => {
    const timing = fastTiming();
    const { receiver, subscribe, call, sandbox, log } = await setUp({ answer: (count) => (count <= 2 ? 503 : 200), timing });
    await subscribe(['contact_created']);
    await call('contacts_api', 'post_contacts');
    await sandbox.webhooksSettled();

    expect(receiver.received.map(({ status }) => status)).toEqual([503, 503, 200]);
    expect(new Set(receiver.received.map(({ payload }) => JSON.stringify(payload))).size).toBe(1);
    expect(timing.waits).toEqual(timing.retryDelays);
    const attempts = (await log()).filter(({ event }) => event === 'contact_created').slice(0, 3);
    expect(attempts.map(({ success, response }) => [success, response.code])).toEqual([[true, 200], [false, 503], [false, 503]]);
    expect(attempts[1]!.response.body).toEqual({ error: 'answered 503 on purpose' });
    expect((await send(`${sandbox.baseUrl}/webhooks/events?status=failed`)).body.webhook_events).toHaveLength(2);
  });

  it('is given up after the last retry, and logged with why when no answer came: a refused connection', async () => {
    const { subscribe, call, sandbox, log } = await setUp();
    const gone = await startReceiver();
    await gone.close();
    await subscribe(['contact_created'], gone.url);
    await call('contacts_api', 'post_contacts');
    await sandbox.webhooksSettled();
    // The first attempt and two retries; every other entry is the demo log's.
    const attempts = (await log()).filter(({ success }) => !success);
    expect(attempts).toHaveLength(3);
    for (const attempt of attempts) {
      expect(attempt).toMatchObject({ success: false, response: { code: null, body: '', headers: {}, error: 'the connection was refused' } });
    }
  });

  it('counts an address that does not answer in time as failed', async () => {
    // A server that takes requests and never answers.
    const hanging = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    running.push({
      close: async () => {
        hanging.closeAllConnections();
        await new Promise((resolve) => hanging.close(resolve));
      },
    });
    const { subscribe, call, sandbox, log } = await setUp({ timing: { ...fastTiming(50), retryDelays: [] } });
    await subscribe(['contact_created'], `http://127.0.0.1:${(hanging.address() as { port: number }).port}/hooks`);
    await call('contacts_api', 'post_contacts');
    await sandbox.webhooksSettled();
    const [attempt] = await log();
    expect(attempt).toMatchObject({ event: 'contact_created', success: false, response: { code: null, error: 'no answer within 50 ms' } });
  });
});

describe('unsubscribing', () => {
  it('stops delivery: an event after it reaches nobody, and a later subscription hears only what comes after', async () => {
    const { receiver, subscribe, call, sandbox, log } = await setUp();
    await subscribe(['message_created']);
    await call('messages_api', 'post_send_messages', 'text');
    await receiver.next(named('message_created'));
    expect((await send(`${sandbox.baseUrl}/webhooks/unsubscribe`, { method: 'DELETE' })).status).toBe(200);

    await call('messages_api', 'post_send_messages', 'image');
    await sandbox.webhooksSettled();
    expect(receiver.received).toHaveLength(1);

    await subscribe(['message_created']);
    await call('messages_api', 'post_send_messages', 'document');
    await receiver.next(named('message_created', (message) => message.attachments.length === 1));
    expect(receiver.received.map(({ payload }) => (payload as { attachments: string[] }).attachments.length)).toEqual([0, 1]);
    const demoAttempts = demoWebhookLog.filter(({ event }) => event === 'message_created').length;
    expect((await log()).filter(({ event }) => event === 'message_created')).toHaveLength(demoAttempts + 2);
  });

  it('stops the retries of a delivery under way', async () => {
    let unsubscribed: Promise<unknown> = new Promise(() => {});
    // The first attempt fails and unsubscribes; the retry waits for that to be done.
    const timing: WebhookTiming = { retryDelays: [10, 20], timeoutMs: 2_000, wait: () => unsubscribed.then(() => {}) };
    const { receiver, subscribe, call, sandbox } = await setUp({
      answer: () => {
        unsubscribed = send(`${sandbox.baseUrl}/webhooks/unsubscribe`, { method: 'DELETE' });
        return 500;
      },
      timing,
    });
    await subscribe(['contact_created']);
    await call('contacts_api', 'post_contacts');
    await sandbox.webhooksSettled();
    expect(receiver.received.map(({ status }) => status)).toEqual([500]);
    expect((await unsubscribed as { status: number }).status).toBe(200);
  });
});
