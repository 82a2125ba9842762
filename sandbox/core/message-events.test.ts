/** The webhook events a sent message announces, as the core hands them to whoever delivers. */
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { apiPath, exampleValues, getRequest } from '../../src/requests';
import { janJansen } from '../../src/requests/contacts_api/objects';
import { sandboxDelivery } from '../../src/requests/messages_api/objects';
import { webhookEvents } from '../../src/requests/webhooks_api/events';
import { DEMO_TOKEN } from '../address';
import { testClock } from '../../tests/support/sandbox';
import { createSandbox } from './app';
import type { AccountEvent } from './events';
import { MemoryStore } from './memory-store';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const send = getRequest('messages_api', 'post_send_messages');
const STEP = sandboxDelivery.stepSeconds * 1000;

/** A sandbox in memory on a clock standing still, and what it announced. */
function announcing() {
  const now = testClock();
  const events: AccountEvent[] = [];
  const fetch = createSandbox({ store: new MemoryStore({ now }), token: DEMO_TOKEN, now, onEvent: (event) => events.push(event) });
  const post = (body: unknown) =>
    fetch(
      new Request(`http://sandbox${apiPath}/messages/send`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${DEMO_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  return { now, events, post };
}

describe('a sent message', () => {
  it('announces message_created now, then each status of its timeline at the time it is reached', async () => {
    const { now, events, post } = announcing();
    const sentAt = now();
    const body = exampleValues(send, 'text').body as { content: { text: string } };
    const answer = await post(body);
    expect(answer.status).toBe(200);
    const { uuid } = ((await answer.json()) as { message: { uuid: string } }).message;

    expect(events.map(({ event, at }) => [event, at])).toEqual([
      ['message_created', undefined],
      ...sandboxDelivery.timeline.map((_, step) => ['message_status_updated', sentAt + step * STEP]),
    ]);
    for (const { event, payload } of events) expect(ajv.validate(webhookEvents[event].payload, payload), `${event}: ${ajv.errorsText()}`).toBe(true);
    expect(events[0]!.payload).toMatchObject({ to: janJansen.phoneNumber, text: body.content.text, attachments: [], status: 'sent', channel: 'whatsapp', contact: { uuid: janJansen.uuid } });
    expect(events.slice(1).map(({ payload }) => payload)).toEqual(
      sandboxDelivery.timeline.map((status) => expect.objectContaining({ uuid, status, messageStatusPayload: expect.objectContaining({ type: status }) })),
    );
  });

  it('carries its metadata, its file and a template filled in', async () => {
    const { events, post } = announcing();
    const { metadata } = exampleValues(send, 'metadata').body as { metadata: object };
    await post(exampleValues(send, 'metadata').body);
    expect(events).toHaveLength(1 + sandboxDelivery.timeline.length);
    for (const { payload } of events) expect(payload).toMatchObject({ metadata });
    events.length = 0;
    await post(exampleValues(send, 'template_image').body);
    const created = events[0]!.payload as { text: string; attachments: string[] };
    expect(created.attachments).toEqual([(exampleValues(send, 'template_image').body!.content as { url: string }).url]);
    expect(created.text).not.toMatch(/\{\{\d\}\}/);
  });

  it('announces nothing when it is refused', async () => {
    const { events, post } = announcing();
    expect((await post({ ...exampleValues(send, 'text').body, from: 'telegram' })).status).toBe(422);
    expect(events).toEqual([]);
  });
});
