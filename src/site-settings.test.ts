import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REPOSITORY_URL, repositoryUrl, siteUrl, tryItServers } from './site-settings';

const offered = (env: NodeJS.ProcessEnv) => tryItServers(env).map((server) => `${server.kind} ${server.url}${server.proxy ? ` via ${server.proxy}` : ''}`);

describe('the servers "Try it" offers', () => {
  it('in a production build without a sandbox address: the in-browser sandbox first, then the real API, and nothing local', () => {
    expect(offered({ NODE_ENV: 'production' })).toEqual(['in-browser https://api.callbell.eu/v1', 'live https://api.callbell.eu/v1']);
  });

  it('in a production build with SANDBOX_PORT or SANDBOX_URL: also the local sandbox, last', () => {
    expect(offered({ NODE_ENV: 'production', SANDBOX_PORT: '4315' })).toEqual([
      'in-browser https://api.callbell.eu/v1',
      'live https://api.callbell.eu/v1',
      'sandbox http://127.0.0.1:4315/v1',
    ]);
    expect(offered({ NODE_ENV: 'production', SANDBOX_URL: 'http://localhost:8080/v1/' })[2]).toBe('sandbox http://localhost:8080/v1');
  });

  it('in development: the local sandbox first, where npm start runs it', () => {
    expect(offered({ NODE_ENV: 'development' })).toEqual(['sandbox http://127.0.0.1:4010/v1', 'in-browser https://api.callbell.eu/v1', 'live https://api.callbell.eu/v1']);
  });

  it('sends to the real API through TRY_IT_PROXY when the build has one', () => {
    expect(offered({ NODE_ENV: 'production', TRY_IT_PROXY: 'https://proxy.example.com' })[1]).toBe('live https://api.callbell.eu/v1 via https://proxy.example.com');
  });

  it('stops the build on a sandbox address that is not one, naming the setting', () => {
    expect(() => tryItServers({ NODE_ENV: 'production', SANDBOX_URL: '127.0.0.1:4010' })).toThrow(/^SANDBOX_URL is "127\.0\.0\.1:4010", which is not an http\(s\) address/);
    expect(() => tryItServers({ NODE_ENV: 'production', SANDBOX_URL: 'http://127.0.0.1:4010' })).toThrow(/^SANDBOX_URL is "http:\/\/127\.0\.0\.1:4010": write the sandbox's base URL, ending in \/v1/);
  });
});

describe("the site's and the repository's addresses", () => {
  it('come from SITE_URL and REPOSITORY_URL, without a trailing slash', () => {
    expect(siteUrl({ SITE_URL: 'https://docs.example.com/' })).toBe('https://docs.example.com');
    expect(repositoryUrl({ REPOSITORY_URL: 'https://git.example.com/team/api-docs' })).toBe('https://git.example.com/team/api-docs');
  });

  it('have defaults when the settings are unset or empty', () => {
    expect(siteUrl({ SITE_URL: '' })).toMatch(/^https:\/\/[^/]+$/);
    expect(repositoryUrl({})).toBe(DEFAULT_REPOSITORY_URL);
  });

  it('refuse a site address with a path, or no address at all', () => {
    expect(() => siteUrl({ SITE_URL: 'https://example.com/docs' })).toThrow(/^SITE_URL is "https:\/\/example\.com\/docs": write the site's origin only/);
    expect(() => siteUrl({ SITE_URL: 'docs.example.com' })).toThrow(/^SITE_URL is "docs\.example\.com", which is not an http\(s\) address/);
    expect(() => repositoryUrl({ REPOSITORY_URL: 'git@github.com:a/b.git' })).toThrow(/^REPOSITORY_URL is/);
  });
});

describe("the site's config", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('built for production without a sandbox address, offers no local sandbox in "Try it" and names the site by SITE_URL', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SANDBOX_PORT', undefined);
    vi.stubEnv('SANDBOX_URL', undefined);
    vi.stubEnv('SITE_URL', 'https://docs.example.com');
    const { default: config } = await import('../docusaurus.config');
    expect((config.customFields!.tryItServers as { kind: string }[]).map((server) => server.kind)).toEqual(['in-browser', 'live']);
    expect(config.url).toBe('https://docs.example.com');
  });
});
