/**
 * What every store must do, the same over both: SQLite (the Node sandbox) and memory (the
 * in-browser sandbox, saved to the page's sessionStorage). The API's rules sit on top of the
 * `Store` interface and take these behaviours for granted; a store that keeps data differently
 * from the other fails here. Upgrading older data is each store's own (its own test file).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoContacts, giuliaBianchi, janeRoe, janJansen, johnDoe } from '../src/requests/contacts_api/objects';
import { demoAccount } from '../src/requests/demo-account';
import { demoConversation } from '../src/requests/contacts_api/conversation';
import { demoMessages, welcomeTemplate } from '../src/requests/messages_api/objects';
import { supportTeam } from '../src/requests/teams_api/objects';
import { MemoryStore, type Persistence } from './core/memory-store';
import type { Clock, ContactToCreate, Store, StoredMessage } from './core/store';
import { SqliteStore } from './node/sqlite-store';
import { testClock } from '../tests/support/sandbox';

/** A store over fresh data, and a way to open it again over the same data (a restart, a page load). */
interface Opened {
  store: Store;
  reopen(): Store;
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function sqliteStore(now: Clock): Opened {
  const dir = mkdtempSync(join(tmpdir(), 'store-contract-'));
  const file = join(dir, 'sandbox.db');
  const opened: Store[] = [];
  const open = () => opened[opened.push(new SqliteStore(file, now)) - 1]!;
  cleanups.push(() => {
    opened.forEach((store) => store.close());
    rmSync(dir, { recursive: true, force: true });
  });
  return { store: open(), reopen: open };
}

function memoryStore(now: Clock): Opened {
  let saved: string | null = null;
  const persistence: Persistence = { load: () => saved, save: (text) => void (saved = text) };
  const open = () => new MemoryStore({ persistence, now });
  return { store: open(), reopen: open };
}

const newContact = (changes: Partial<ContactToCreate> = {}): ContactToCreate => ({
  uuid: 'c0ffee00c0ffee00c0ffee00c0ffee00',
  createdAt: '2025-06-02T09:00:00Z',
  identifier: '31600000000',
  source: 'telegram',
  name: 'New Contact',
  team_uuid: demoAccount.team.uuid,
  ...changes,
});

const newMessage = (changes: Partial<StoredMessage> = {}): StoredMessage => ({
  uuid: 'fade0000fade0000fade0000fade0000',
  contactUuid: janJansen.uuid,
  kind: 'sent',
  text: 'Hello',
  channel: 'whatsapp',
  from: demoAccount.phoneNumber,
  to: janJansen.phoneNumber,
  createdAt: '2025-06-02T09:00:00.000Z',
  sentAt: null,
  deliveredAt: null,
  readAt: null,
  statusPayload: { id: 'fade0000fade0000fade0000fade0000', type: 'enqueued', payload: { type: 'session', whatsappMessageId: 'wamid.1' }, destination: janJansen.phoneNumber },
  contentDeleted: false,
  ...changes,
});

const refused = new Error('refused halfway');

describe.each([
  { name: 'SQLite', open: sqliteStore },
  { name: 'in-browser (memory)', open: memoryStore },
])('the $name store', ({ open }) => {
  const fresh = () => open(testClock());

  it('starts with the demo account', () => {
    const { store } = fresh();
    expect(store.contacts()).toEqual(demoContacts);
    expect(store.records('template').get(welcomeTemplate.uuid)).toEqual(welcomeTemplate);
    expect(store.message(demoMessages[0].uuid)?.statusPayload).toEqual(demoMessages[0].statusPayload);
    expect(store.messagesOf(giuliaBianchi.uuid).map((message) => message.text)).toEqual(demoConversation.map((message) => message.text));
    expect(store.lastWrote(janJansen.uuid)).not.toBeNull();
  });

  it('finds a contact by uuid, by phone number on a channel kind, and by BSUID', () => {
    const { store } = fresh();
    expect(store.get(janeRoe.uuid)).toEqual(janeRoe);
    expect(store.get('0'.repeat(32))).toBeNull();
    expect(store.findByPhone(johnDoe.phoneNumber, johnDoe.source)).toEqual(johnDoe);
    expect(store.findByPhone(johnDoe.phoneNumber, 'telegram')).toBeNull();
    expect(store.findByBsuid(johnDoe.bsuid!)).toEqual(johnDoe);
    expect(store.findByBsuid('bsuid_nobody')).toBeNull();
  });

  it('creates a contact with a fresh one\'s defaults, added after the others', () => {
    const { store } = fresh();
    const created = store.create(newContact());
    expect(created).toEqual({
      uuid: 'c0ffee00c0ffee00c0ffee00c0ffee00',
      name: 'New Contact',
      phoneNumber: '31600000000',
      avatarUrl: null,
      createdAt: '2025-06-02T09:00:00Z',
      source: 'telegram',
      funnelId: null,
      closedAt: null,
      href: 'https://dash.callbell.eu/contacts/c0ffee00c0ffee00c0ffee00c0ffee00',
      conversationHref: 'https://dash.callbell.eu/chat/c0ffee00c0ffee00c0ffee00c0ffee00',
      tags: [],
      assignedUser: null,
      customFields: {},
      team: demoAccount.team,
      note: null,
    });
    expect(store.contacts().map((contact) => contact.uuid)).toEqual([...demoContacts.map((contact) => contact.uuid), created.uuid]);
    expect(store.lastWrote(created.uuid)).toBeNull();
    const full = store.create(
      newContact({ uuid: 'c0ffee01c0ffee01c0ffee01c0ffee01', identifier: '31600000001', tags: ['lead'], custom_fields: { Address: 'Here' }, assigned_user: demoAccount.user, team_uuid: supportTeam.uuid, note: 'Met at the fair' }),
    );
    expect(full).toMatchObject({ tags: ['lead'], customFields: { Address: 'Here' }, assignedUser: demoAccount.user, team: supportTeam, note: 'Met at the fair' });
  });

  it('changes only what an update names: tags replaced, custom fields set one by one, null removing', () => {
    const { store } = fresh();
    expect(store.update(johnDoe.uuid, { tags: ['vip'], custom_fields: { Address: 'Elsewhere 1', Extra: 'x' }, note: 'Called', closedAt: '2025-06-02T10:00:00Z' })).toEqual({
      ...johnDoe,
      tags: ['vip'],
      customFields: { ...johnDoe.customFields, Address: 'Elsewhere 1', Extra: 'x' },
      note: 'Called',
      closedAt: '2025-06-02T10:00:00Z',
    });
    const after = store.update(johnDoe.uuid, { name: 'Johnny', note: null, funnelId: null, closedAt: null });
    expect(after).toEqual({ ...johnDoe, name: 'Johnny', tags: ['vip'], customFields: { ...johnDoe.customFields, Address: 'Elsewhere 1', Extra: 'x' }, funnelId: null });
    expect(store.get(johnDoe.uuid)).toEqual(after);
    expect(store.update('0'.repeat(32), { name: 'Nobody' })).toBeNull();
  });

  it('assigns a user and a team, and reads a contact\'s team as the team is now', () => {
    const { store } = fresh();
    expect(store.assign(janeRoe.uuid, { user: demoAccount.user, teamUuid: supportTeam.uuid })).toEqual({ ...janeRoe, assignedUser: demoAccount.user, team: supportTeam });
    expect(store.assign(janeRoe.uuid, { user: null })).toEqual({ ...janeRoe, assignedUser: null, team: supportTeam });
    store.records('team').put(supportTeam.uuid, { ...supportTeam, name: 'Renamed' });
    expect(store.get(janeRoe.uuid)?.team.name).toBe('Renamed');
    expect(store.assign('0'.repeat(32), { user: null })).toBeNull();
  });

  it('deletes a contact once; its messages stay', () => {
    const { store } = fresh();
    const messages = store.messagesOf(giuliaBianchi.uuid);
    expect(store.delete(giuliaBianchi.uuid)).toBe(true);
    expect(store.delete(giuliaBianchi.uuid)).toBe(false);
    expect(store.get(giuliaBianchi.uuid)).toBeNull();
    expect(store.contacts()).toHaveLength(demoContacts.length - 1);
    expect(store.messagesOf(giuliaBianchi.uuid)).toEqual(messages);
  });

  it('keeps records by kind and id, in the order added; a put replaces in place', () => {
    const { store } = fresh();
    const tags = store.records('tag');
    const before = tags.list();
    tags.put('new', { name: 'new' });
    tags.put(before[0]!.name, { name: 'replaced' });
    expect(tags.list()).toEqual([{ name: 'replaced' }, ...before.slice(1), { name: 'new' }]);
    expect(tags.get('new')).toEqual({ name: 'new' });
    expect(store.records('customStatus').get('new')).toBeNull();
    expect(tags.delete('new')).toBe(true);
    expect(tags.delete('new')).toBe(false);
    expect(tags.get('new')).toBeNull();
  });

  it('keeps messages whole, lists a contact\'s in the order added, and marks one\'s content deleted', () => {
    const { store } = fresh();
    const first = newMessage();
    const second = newMessage({ uuid: 'fade0001fade0001fade0001fade0001', kind: 'note', text: 'Later', createdAt: '2025-06-02T08:00:00.000Z', statusPayload: null, sentAt: '2025-06-02T08:00:01.000Z' });
    store.addMessage(first);
    store.addMessage(second);
    expect(store.message(first.uuid)).toEqual(first);
    expect(store.message('0'.repeat(32))).toBeNull();
    expect(store.messagesOf(janJansen.uuid).slice(-2)).toEqual([first, second]);
    expect(store.deleteMessageContent(first.uuid)).toBe(true);
    expect(store.deleteMessageContent('0'.repeat(32))).toBe(false);
    expect(store.message(first.uuid)).toEqual({ ...first, contentDeleted: true });
  });

  it('hands out copies: changing what it returned changes nothing stored', () => {
    const { store } = fresh();
    store.get(johnDoe.uuid)!.tags.push('sneaky');
    store.contacts()[0]!.customFields.Address = 'sneaky';
    store.message(demoMessages[0].uuid)!.statusPayload!.type = 'read';
    store.records('team').get(supportTeam.uuid)!.name = 'sneaky';
    expect(store.get(johnDoe.uuid)).toEqual(johnDoe);
    expect(store.message(demoMessages[0].uuid)!.statusPayload!.type).toBe('enqueued');
    expect(store.records('team').get(supportTeam.uuid)).toEqual(supportTeam);
  });

  it('commits a transaction\'s writes and returns its value', () => {
    const { store, reopen } = fresh();
    expect(store.transaction(() => store.update(johnDoe.uuid, { name: 'Committed' })?.name)).toBe('Committed');
    expect(reopen().get(johnDoe.uuid)?.name).toBe('Committed');
  });

  it('rolls a transaction back when its work throws: no write of it is kept, now or after reopening', () => {
    const { store, reopen } = fresh();
    const failing = () =>
      store.transaction(() => {
        store.update(johnDoe.uuid, { name: 'Half done' });
        store.assign(janeRoe.uuid, { user: null, teamUuid: supportTeam.uuid });
        store.create(newContact());
        store.delete(janJansen.uuid);
        store.records('tag').put('half', { name: 'half' });
        store.addMessage(newMessage());
        store.deleteMessageContent(demoMessages[0].uuid);
        throw refused;
      });
    expect(failing).toThrow(refused);
    for (const after of [store, reopen()]) {
      expect(after.contacts()).toEqual(demoContacts);
      expect(after.records('tag').get('half')).toBeNull();
      expect(after.message(newMessage().uuid)).toBeNull();
      expect(after.message(demoMessages[0].uuid)?.contentDeleted).toBe(false);
    }
  });

  it('rolls back only the inner transaction when the outer one catches its failure', () => {
    const { store } = fresh();
    store.transaction(() => {
      store.update(johnDoe.uuid, { name: 'Outer' });
      expect(() =>
        store.transaction(() => {
          store.update(janeRoe.uuid, { name: 'Inner' });
          throw refused;
        }),
      ).toThrow(refused);
    });
    expect(store.get(johnDoe.uuid)?.name).toBe('Outer');
    expect(store.get(janeRoe.uuid)?.name).toBe(janeRoe.name);
  });

  it('keeps what was written when opened again, until a reset puts the demo account back', () => {
    const { store, reopen } = fresh();
    store.update(johnDoe.uuid, { name: 'Kept', custom_fields: { zipCode: '1000' } });
    store.deleteMessageContent(demoMessages[1].uuid);
    store.records('tag').put('kept', { name: 'kept' });
    const again = reopen();
    expect(again.get(johnDoe.uuid)).toMatchObject({ name: 'Kept', customFields: { zipCode: '1000' } });
    expect(again.message(demoMessages[1].uuid)?.contentDeleted).toBe(true);
    expect(again.records('tag').get('kept')).toEqual({ name: 'kept' });
    again.reset();
    const afterReset = reopen();
    expect(afterReset.contacts()).toEqual(demoContacts);
    expect(afterReset.records('tag').get('kept')).toBeNull();
    expect(afterReset.message(demoMessages[1].uuid)?.contentDeleted).toBe(false);
  });
});
