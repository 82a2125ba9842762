import { describe, expect, it } from 'vitest';
import worker from './edge';

describe('the proxy as an edge worker', () => {
  it('reads its origins from the environment and refuses the rest without forwarding', async () => {
    const env = { PROXY_ALLOWED_ORIGINS: 'https://docs.example.com', PROXY_UPSTREAM: 'http://127.0.0.1:9' };
    const health = await worker.fetch(new Request('https://proxy.example/'), env);
    expect(await health.text()).toContain('from https://docs.example.com to http://127.0.0.1:9');
    const foreign = await worker.fetch(new Request('https://proxy.example/v1/contacts', { headers: { Origin: 'https://evil.example' } }), env);
    expect(foreign.status).toBe(403);
    const outside = await worker.fetch(new Request('https://proxy.example/v2/x', { headers: { Origin: 'https://docs.example.com' } }), env);
    expect(outside.status).toBe(404);
    // Nothing listens on port 9: a forwarded request would be a 502, so these never left.
    const preflight = await worker.fetch(
      new Request('https://proxy.example/v1/contacts', { method: 'OPTIONS', headers: { Origin: 'https://docs.example.com' } }),
      env,
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://docs.example.com');
  });
});
