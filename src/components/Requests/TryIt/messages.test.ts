import { describe, expect, it } from 'vitest';
import { outcomeMessage } from './messages';
import type { ServerOption } from './servers';

const live: ServerOption = { id: 'callbell-api', url: 'https://api.callbell.eu/v1', kind: 'live' };
const proxied: ServerOption = { ...live, proxy: 'https://proxy.example.com' };
const local: ServerOption = { id: 'local-sandbox', url: 'http://127.0.0.1:4010/v1', kind: 'sandbox' };

describe('what the panel advises when nothing answers or the browser blocks the answer', () => {
  it('to a reader of the real API: what a reader of the published site can do, and no command to run', () => {
    for (const kind of ['network', 'cors'] as const) {
      const { text } = outcomeMessage({ kind, duration: 1 }, live);
      expect(text, kind).toContain('https://api.callbell.eu');
      expect(text, kind).toContain('in-browser sandbox');
      expect(text, kind).not.toMatch(/npm/);
    }
  });

  it('names the proxy it sent to, when the build has one', () => {
    expect(outcomeMessage({ kind: 'network', duration: 1 }, proxied).text).toMatch(/^Could not reach https:\/\/proxy\.example\.com: nothing answered\./);
  });

  it('to a reader of the local sandbox: how to start it, or the in-browser one', () => {
    const { text } = outcomeMessage({ kind: 'network', duration: 1 }, local);
    expect(text).toMatch(/^Could not reach http:\/\/127\.0\.0\.1:4010: nothing answered\. Is the sandbox running\?/);
    expect(text).toContain('"npm run sandbox" in a clone of the site\'s repository');
    expect(text).toContain('in-browser sandbox');
  });
});
