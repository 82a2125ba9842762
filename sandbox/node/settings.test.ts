import { describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../address';
import { RATE_LIMIT_PER_SECOND } from './server';
import { sandboxSettingList } from '../setting-list';
import { sandboxSettings, type SandboxSettings } from './settings';
import { DEFAULT_MAX_DB_BYTES, MB } from './storage-limit';

describe("npm run sandbox's settings", () => {
  it('has defaults for every one', () => {
    expect(sandboxSettings({})).toEqual({
      dbFile: '.sandbox-data/sandbox.db',
      token: DEMO_TOKEN,
      port: 4010,
      rateLimit: RATE_LIMIT_PER_SECOND,
      allowedOrigins: [],
      allowedHosts: [],
      maxDbBytes: DEFAULT_MAX_DB_BYTES,
    });
    expect(DEFAULT_MAX_DB_BYTES).toBe(50 * MB);
  });

  it('reads each setting from the variable the Sandbox page names for it', () => {
    const given: Record<keyof SandboxSettings, string> = {
      port: '4999',
      token: 'my-token',
      dbFile: ':memory:',
      maxDbBytes: '2',
      rateLimit: '7',
      allowedOrigins: 'https://docs.example.com',
      allowedHosts: 'sandbox.test',
    };
    const defaults = sandboxSettings({});
    for (const [setting, { variable }] of Object.entries(sandboxSettingList) as [keyof SandboxSettings, { variable: string }][]) {
      expect(sandboxSettings({ [variable]: given[setting] })[setting], variable).not.toEqual(defaults[setting]);
    }
  });

  it('reads SANDBOX_ALLOWED_ORIGINS as origins, written as browsers send them', () => {
    const { allowedOrigins } = sandboxSettings({ SANDBOX_ALLOWED_ORIGINS: ' https://Docs.Example.com/ ,http://192.168.1.20:3000,, https://docs.example.org:443' });
    expect(allowedOrigins).toEqual(['https://docs.example.com', 'http://192.168.1.20:3000', 'https://docs.example.org']);
  });

  it.each(['*', 'docs.example.com', 'https://docs.example.com/api', 'null', 'file:///home', 'https://user@docs.example.com'])(
    'refuses %s in SANDBOX_ALLOWED_ORIGINS, naming it',
    (entry) => {
      expect(() => sandboxSettings({ SANDBOX_ALLOWED_ORIGINS: `http://localhost:3000,${entry}` })).toThrow(`SANDBOX_ALLOWED_ORIGINS lists "${entry}", which is not an origin`);
    },
  );

  it('reads SANDBOX_ALLOWED_HOSTS as host names, with a port or without', () => {
    expect(sandboxSettings({ SANDBOX_ALLOWED_HOSTS: 'Sandbox.Test, 192.168.1.20:4010,[::ffff:7f00:1]' }).allowedHosts).toEqual([
      'sandbox.test',
      '192.168.1.20:4010',
      '[::ffff:7f00:1]',
    ]);
  });

  it.each(['http://sandbox.test', 'sandbox.test/v1', '*', 'two words'])('refuses %s in SANDBOX_ALLOWED_HOSTS, naming it', (entry) => {
    expect(() => sandboxSettings({ SANDBOX_ALLOWED_HOSTS: entry })).toThrow(`SANDBOX_ALLOWED_HOSTS lists "${entry}", which is not a host name`);
  });

  it('reads SANDBOX_MAX_DB_MB in megabytes, fractions included, and refuses what is not a size', () => {
    expect(sandboxSettings({ SANDBOX_MAX_DB_MB: '200' }).maxDbBytes).toBe(200 * MB);
    expect(sandboxSettings({ SANDBOX_MAX_DB_MB: '0.5' }).maxDbBytes).toBe(MB / 2);
    for (const wrong of ['0', '-1', 'fifty', '50MB', 'Infinity']) {
      expect(() => sandboxSettings({ SANDBOX_MAX_DB_MB: wrong })).toThrow(`SANDBOX_MAX_DB_MB is "${wrong}": it must be a number of megabytes above 0`);
    }
  });

  it('refuses a SANDBOX_RATE_LIMIT that is not a whole number', () => {
    expect(sandboxSettings({ SANDBOX_RATE_LIMIT: '0' }).rateLimit).toBe(0);
    expect(() => sandboxSettings({ SANDBOX_RATE_LIMIT: '1.5' })).toThrow('SANDBOX_RATE_LIMIT is "1.5"');
  });
});
