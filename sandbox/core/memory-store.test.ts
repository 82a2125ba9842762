import { describe, expect, it } from 'vitest';
import { demoAccount, demoContacts, janJansen, johnDoe } from '../../src/requests/contacts_api/objects';
import { demoMessages, welcomeTemplate } from '../../src/requests/messages_api/objects';
import { updateContact } from './contacts';
import { MemoryStore, type Persistence } from './memory-store';

/** A stand-in for the page's sessionStorage: one saved text, kept across "page loads". */
function sessionStorageLike(saved: string | null = null): Persistence & { saved: string | null } {
  return {
    saved,
    load() {
      return this.saved;
    },
    save(text) {
      this.saved = text;
    },
  };
}

describe('the in-browser store', () => {
  it('keeps what was written across page loads of one session, until a reset', () => {
    const persistence = sessionStorageLike();
    updateContact(new MemoryStore({ persistence }), johnDoe.uuid, { name: 'Persisted', custom_fields: { zipCode: '1000' } });
    const afterReload = new MemoryStore({ persistence });
    expect(afterReload.get(johnDoe.uuid)).toMatchObject({ name: 'Persisted', customFields: { zipCode: '1000' } });
    afterReload.reset();
    expect(new MemoryStore({ persistence }).get(johnDoe.uuid)).toEqual(johnDoe);
  });

  it('starts from the demo account in a new session', () => {
    const store = new MemoryStore({ persistence: sessionStorageLike() });
    expect(store.list({})).toHaveLength(demoContacts.length);
    expect(store.records('template').get(welcomeTemplate.uuid)).toEqual(welcomeTemplate);
  });

  it('upgrades a session saved before messages, keeping its contacts and adding the messaging demo data', () => {
    // What the sandbox saved before it knew messages: the account without a shape, templates or messages.
    const renamed = { ...johnDoe, name: 'Renamed' };
    const before = JSON.stringify({ contacts: [renamed], teams: [demoAccount.team], users: [], tags: [], customFields: [], channels: [] });
    const store = new MemoryStore({ persistence: sessionStorageLike(before) });
    expect(store.get(johnDoe.uuid)).toEqual(renamed);
    expect(store.get(janJansen.uuid)).toEqual(janJansen);
    expect(store.message(demoMessages[0].uuid)?.statusPayload).toEqual(demoMessages[0].statusPayload);
    expect(store.lastWrote(janJansen.uuid)).not.toBeNull();
    expect(store.records('channel').get(demoAccount.channelUuid)).not.toBeNull();
  });

  it('starts from the demo account when what the session saved cannot be read', () => {
    for (const saved of ['{"contacts": [', 'null', '{"shape": 99}']) {
      const store = new MemoryStore({ persistence: sessionStorageLike(saved) });
      expect(store.get(janJansen.uuid), saved).toEqual(janJansen);
      expect(store.list({}), saved).toHaveLength(demoContacts.length);
    }
  });

  it('hands out copies, so a caller cannot change what is stored', () => {
    const store = new MemoryStore();
    store.get(johnDoe.uuid)!.tags.push('sneaky');
    expect(store.get(johnDoe.uuid)!.tags).toEqual([]);
    store.message(demoMessages[0].uuid)!.statusPayload!.type = 'read';
    expect(store.message(demoMessages[0].uuid)!.statusPayload!.type).toBe('enqueued');
  });
});
