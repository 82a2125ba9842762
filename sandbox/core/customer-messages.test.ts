/** A customer writing in (the sandbox's own request), over each store: kept, announced as documented, and refused when wrong. */
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { janJansen } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import { webhookEvents } from '../../src/requests/webhooks_api/events';
import { coreSandbox, coreStores } from '../../tests/support/sandbox-core';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const path = '/sandbox/customer_messages';

describe.each(coreStores)('a customer writing in, over $name', ({ open }) => {
  it('is kept in their conversation and announced as a received message_created event the schema accepts', async () => {
    const { call, events } = coreSandbox(open);
    const answer = await call('POST', path, { from: `+${janJansen.phoneNumber}`, text: 'Is my order on its way?' });
    expect(answer.status).toBe(201);
    expect(events).toHaveLength(1);
    expect(events[0]!.event).toBe('message_created');
    expect(events[0]!.payload).toMatchObject({ from: janJansen.phoneNumber, to: demoAccount.phoneNumber, text: 'Is my order on its way?', status: 'received', contact: { uuid: janJansen.uuid } });
    expect(ajv.validate(webhookEvents.message_created.payload, events[0]!.payload), ajv.errorsText()).toBe(true);
    expect(answer.body).toEqual({ message: events[0]!.payload });

    const conversation = await call('GET', `/contacts/${janJansen.uuid}/messages`);
    expect(conversation.body.messages).toContainEqual(expect.objectContaining({ text: 'Is my order on its way?', status: 'received' }));
  });

  it('is refused, naming the field, for a number no WhatsApp contact has or an empty text, and announces nothing', async () => {
    const { call, events } = coreSandbox(open);
    const stranger = await call('POST', path, { from: '+15550001111', text: 'Hi' });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error.details).toEqual([{ field: 'body.from', message: 'is "+15550001111", not the number of a WhatsApp contact of this account' }]);
    const empty = await call('POST', path, { from: janJansen.phoneNumber, text: '  ' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.details).toEqual([{ field: 'body.text', message: 'is required: what the customer writes' }]);
    expect(events).toEqual([]);
  });
});
