/**
 * The Channels API in the sandbox, over both stores: a new title shows in later reads, lists
 * filter by type and by active or discarded, a discarded channel carries no message, and what
 * is wrong is refused naming its field.
 */
import { describe, expect, it } from 'vitest';
import { exampleValues, getRequest } from '../../src/requests';
import { customerCare, demoChannels, phoneNumber1, phoneNumber2, phoneNumber3 } from '../../src/requests/channels_api/objects';
import { coreStores, coreSandbox } from '../../tests/support/sandbox-core';
import { expectError } from '../../tests/support/sandbox';
import { PAGE_SIZE } from './store';

const titles = (answer: { body: { channels: { title: string }[] } }) => answer.body.channels.map((channel) => channel.title);
const textMessage = exampleValues(getRequest('messages_api', 'post_send_messages'), 'text').body!;

describe.each(coreStores)('channels over the $name store', ({ open }) => {
  it('a new title shows in later reads of the channel and of the list; nothing else of it changes', async () => {
    const { call } = coreSandbox(open);
    const renamed = await call('PATCH', `/channels/${phoneNumber2.uuid}`, { title: 'Old shop number' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.channel).toEqual({ ...phoneNumber2, title: 'Old shop number' });
    expect((await call('GET', `/channels/${phoneNumber2.uuid}`)).body.channel).toEqual({ ...phoneNumber2, title: 'Old shop number' });
    expect(titles(await call('GET', '/channels'))).toEqual([phoneNumber1.title, 'Old shop number', phoneNumber3.title, customerCare.title]);
  });

  it('a PATCH without a title answers the channel as it is', async () => {
    const { call } = coreSandbox(open);
    expect((await call('PATCH', `/channels/${phoneNumber1.uuid}`, {})).body.channel).toEqual(phoneNumber1);
  });

  it('lists every channel oldest first, or those of a type, active or discarded', async () => {
    const { call } = coreSandbox(open);
    const all = await call('GET', '/channels');
    expect(all.body).toEqual({ channels: demoChannels, meta: { page: 1, pages: 1 } });
    expect(titles(await call('GET', '/channels?active=false'))).toEqual([phoneNumber2.title, phoneNumber3.title]);
    expect(titles(await call('GET', '/channels?active=true&type=whatsapp'))).toEqual([phoneNumber1.title, customerCare.title]);
    expect(titles(await call('GET', '/channels?type=telegram'))).toEqual([]);
  });

  it('pages by the store page size; past the last page, no channels', async () => {
    const { call, store } = coreSandbox(open);
    for (let i = 0; i < PAGE_SIZE; i += 1) {
      store.records('channel').put(`extra${i}`, { uuid: `extra${i}`, title: `Extra ${i}`, type: 'telegram', main: false, discardedAt: null });
    }
    const second = await call('GET', '/channels?page=2');
    expect(second.body.meta).toEqual({ page: 2, pages: 2 });
    expect(titles(second)).toEqual([`Extra ${PAGE_SIZE - 4}`, `Extra ${PAGE_SIZE - 3}`, `Extra ${PAGE_SIZE - 2}`, `Extra ${PAGE_SIZE - 1}`]);
    expect((await call('GET', '/channels?page=3')).body).toEqual({ channels: [], meta: { page: 3, pages: 2 } });
  });

  it('sends a message on a renamed channel, and none on a discarded one', async () => {
    const { call } = coreSandbox(open);
    await call('PATCH', `/channels/${customerCare.uuid}`, { title: 'Renamed' });
    expect((await call('POST', '/messages/send', { ...textMessage, channel_uuid: customerCare.uuid })).status).toBe(200);
    const onDiscarded = await call('POST', '/messages/send', { ...textMessage, channel_uuid: phoneNumber2.uuid });
    expectError(onDiscarded, 422);
    expect(onDiscarded.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(['body.channel_uuid']);
  });

  it('refuses a blank title, a title that is not text, an unknown filter value or parameter, changing nothing', async () => {
    const { call } = coreSandbox(open);
    const url = `/channels/${phoneNumber1.uuid}`;
    const blank = await call('PATCH', url, { title: '  ' });
    expectError(blank, 422, /body\.title is blank/);
    expect(blank.body.error.details).toEqual([{ field: 'body.title', message: 'is blank; a channel needs a title' }]);
    expect((await call('PATCH', url, { title: 7 })).body.error.details).toEqual([{ field: 'body.title', message: 'must be a string' }]);
    expect((await call('PATCH', url, { main: false })).body.error.details).toEqual([{ field: 'body.main', message: 'is not a parameter of this request' }]);
    const filters = await call('GET', '/channels?type=sms&active=yes');
    expectError(filters, 422);
    expect(filters.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(['query.type', 'query.active']);
    expect((await call('GET', url)).body.channel).toEqual(phoneNumber1);
  });

  it('404 naming the uuid for a channel the account does not have', async () => {
    const { call } = coreSandbox(open);
    const url = '/channels/ffffffffffffffffffffffffffffffff';
    for (const answer of [await call('GET', url), await call('PATCH', url, { title: 'x' })]) {
      expectError(answer, 404, 'No channel with uuid "ffffffffffffffffffffffffffffffff"');
      expect(answer.body.error.details).toEqual([{ field: 'path.uuid', message: 'No such channel' }]);
    }
  });
});
