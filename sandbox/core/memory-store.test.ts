import { describe, expect, it } from 'vitest';
import { johnDoe } from '../../src/requests/contacts_api/objects';
import { updateContact } from './contacts';
import { MemoryStore, type Persistence } from './memory-store';

/** A stand-in for the page's sessionStorage: one saved text, kept across "page loads". */
function sessionStorageLike(): Persistence & { saved: string | null } {
  return {
    saved: null,
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
    const session = sessionStorageLike();
    updateContact(new MemoryStore(session), johnDoe.uuid, { name: 'Persisted', custom_fields: { zipCode: '1000' } });
    const afterReload = new MemoryStore(session);
    expect(afterReload.get(johnDoe.uuid)).toMatchObject({ name: 'Persisted', customFields: { zipCode: '1000' } });
    afterReload.reset();
    expect(new MemoryStore(session).get(johnDoe.uuid)).toEqual(johnDoe);
  });

  it('starts from the demo account in a new session', () => {
    expect(new MemoryStore(sessionStorageLike()).list({})).toHaveLength(3);
  });

  it('hands out copies, so a caller cannot change what is stored', () => {
    const store = new MemoryStore();
    store.get(johnDoe.uuid)!.tags.push('sneaky');
    expect(store.get(johnDoe.uuid)!.tags).toEqual([]);
  });
});
