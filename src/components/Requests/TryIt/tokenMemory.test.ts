import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The page's localStorage, as far as tokenMemory uses it. */
class FakeStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
  removeItem = (key: string) => void this.items.delete(key);
}

let storage: FakeStorage;
/** A fresh module for each test: tokens held in memory start empty, as on a newly opened page. */
let memory: typeof import('./tokenMemory');

beforeEach(async () => {
  storage = new FakeStorage();
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  memory = await import('./tokenMemory');
});
afterEach(() => vi.unstubAllGlobals());

const everythingStored = () => [...storage.items.values()].join('\n');

describe('the tokens the try-it panel holds', () => {
  it('are stored on the device only for the servers the reader asked to remember', () => {
    memory.keep('local-sandbox', 'sandbox-token', true);
    memory.keep('callbell-api', 'live-token', false);
    expect(everythingStored()).toContain('sandbox-token');
    expect(everythingStored()).not.toContain('live-token');
    expect(memory.recall('callbell-api')).toEqual({ token: 'live-token', remembered: false });
  });

  it('are read back from the device on the next visit', async () => {
    memory.keep('local-sandbox', 'sandbox-token', true);
    vi.resetModules();
    const nextVisit = await import('./tokenMemory');
    expect(nextVisit.recall('local-sandbox')).toEqual({ token: 'sandbox-token', remembered: true });
    expect(nextVisit.recall('callbell-api')).toEqual({ token: '', remembered: false });
  });

  it('are all forgotten by Forget: every server, remembered or held for this visit', async () => {
    memory.keep('local-sandbox', 'sandbox-token', true);
    memory.keep('in-browser', 'in-browser-token', true);
    memory.keep('callbell-api', 'live-token', false);
    memory.forgetAll();
    for (const server of ['local-sandbox', 'in-browser', 'callbell-api']) expect(memory.recall(server), server).toEqual({ token: '', remembered: false });
    expect(storage.items.size).toBe(0);
    vi.resetModules();
    expect((await import('./tokenMemory')).recall('in-browser')).toEqual({ token: '', remembered: false });
  });
});
