import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webhookEventNames } from '@site/src/requests/webhooks_api/events';
import { webhookEventPage } from './page';

describe('the page of a webhook event', () => {
  it('is its name under its group', () => {
    expect(webhookEventPage('message_status_updated')).toBe('/api_reference/webhooks/message_events/message_status_updated');
  });

  it('exists for every event', () => {
    for (const name of webhookEventNames) {
      const file = resolve(__dirname, '../../../../docs', `${webhookEventPage(name).slice(1)}.mdx`);
      expect(existsSync(file), file).toBe(true);
    }
  });
});
