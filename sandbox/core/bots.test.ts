/**
 * The account's bot for each contact in the sandbox, over both stores: read, started and ended
 * (by its own request or a contact write), and refused where the account has no bot.
 */
import { describe, expect, it } from 'vitest';
import { demoBot, demoContactBots } from '../../src/requests/contacts_api/bot';
import { janeRoe, johnDoe } from '../../src/requests/contacts_api/objects';
import { expectError } from '../../tests/support/sandbox';
import { coreSandbox, coreStores } from '../../tests/support/sandbox-core';

const bot = (uuid: string) => `/contacts/${uuid}/bot`;

describe.each(coreStores)('bots over the $name store', ({ open }) => {
  it('reads where the bot stands for a contact: talking with John Doe, waiting for the others', async () => {
    const { call } = coreSandbox(open);
    expect((await call('GET', bot(johnDoe.uuid))).body).toEqual({ bot: { ...demoBot, ...demoContactBots[johnDoe.uuid] } });
    expect((await call('GET', bot(janeRoe.uuid))).body).toEqual({ bot: { ...demoBot, status: 'started', conversationStartedAt: null } });
  });

  it('ends the bot, keeping when its conversation began, and starts it again to wait for the next message', async () => {
    const { call } = coreSandbox(open);
    const { conversationStartedAt } = demoContactBots[johnDoe.uuid]!;
    expect((await call('POST', bot(johnDoe.uuid), { status: 'bot_end' })).body.bot).toEqual({ ...demoBot, status: 'ended', conversationStartedAt });
    expect((await call('GET', bot(johnDoe.uuid))).body.bot.status).toBe('ended');
    expect((await call('POST', bot(johnDoe.uuid), { status: 'bot_start' })).body.bot).toEqual({ ...demoBot, status: 'started', conversationStartedAt: null });
    expect((await call('GET', bot(johnDoe.uuid))).body.bot.status).toBe('started');
  });

  it('follows bot_status on a PATCH of the contact', async () => {
    const { call } = coreSandbox(open);
    expect((await call('PATCH', `/contacts/${janeRoe.uuid}`, { bot_status: 'bot_end' })).status).toBe(200);
    expect((await call('GET', bot(janeRoe.uuid))).body.bot.status).toBe('ended');
  });

  it('refuses a status other than bot_start or bot_end, and answers 404 for a contact that does not exist', async () => {
    const { call } = coreSandbox(open);
    const wrong = await call('POST', bot(johnDoe.uuid), { status: 'started' });
    expectError(wrong, 422);
    expect(wrong.body.error.details).toEqual([{ field: 'body.status', message: 'must be one of: bot_start, bot_end' }]);
    expectError(await call('GET', bot('ffffffffffffffffffffffffffffffff')), 404, /No contact with uuid/);
    expectError(await call('POST', bot('ffffffffffffffffffffffffffffffff'), { status: 'bot_end' }), 404, /No contact with uuid/);
  });

  it('without a bot in the account: nothing to read (404), nothing to start or end (422 naming the field), nothing written', async () => {
    const { call, store } = coreSandbox(open);
    store.records('bot').delete(demoBot.uuid);
    expectError(await call('GET', bot(johnDoe.uuid)), 404, /This account has no bot enabled/);
    const start = await call('POST', bot(johnDoe.uuid), { status: 'bot_start' });
    expectError(start, 422);
    expect(start.body.error.details).toEqual([{ field: 'body.status', message: expect.stringMatching(/needs a bot, and this account has none enabled/) }]);
    const patch = await call('PATCH', `/contacts/${johnDoe.uuid}`, { bot_status: 'bot_start' });
    expectError(patch, 422);
    expect(patch.body.error.details).toEqual([{ field: 'body.bot_status', message: expect.stringMatching(/needs a bot, and this account has none enabled/) }]);
    const post = await call('POST', '/contacts', { identifier: '447700900777', source: 'whatsapp', name: 'New', bot_status: 'bot_end' });
    expectError(post, 422);
    expect((await call('GET', '/contacts/phone/447700900777')).status).toBe(404);
    // Listed with the write's other problems; a write that does not name the bot is taken.
    const both = await call('PATCH', `/contacts/${johnDoe.uuid}`, { tags: ['VIP'], bot_status: 'bot_end' });
    expect(both.body.error.details.map(({ field }: { field: string }) => field)).toEqual(['body.tags[0]', 'body.bot_status']);
    expect((await call('PATCH', `/contacts/${johnDoe.uuid}`, { name: 'John D.' })).status).toBe(200);
  });
});
