import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { objectTypeNames } from '@site/src/requests/object-types';
import { objectTypePage } from './page';

describe('the page of an object type', () => {
  it('is its name in snake case under the object types', () => {
    expect(objectTypePage('MessageSendRequest')).toBe('/api_reference/object_types/message_send_request');
    expect(objectTypePage('Message')).toBe('/api_reference/object_types/message');
  });

  it('exists for every registered type', () => {
    for (const name of objectTypeNames) {
      const file = resolve(__dirname, '../../../../docs', `${objectTypePage(name).slice(1)}.mdx`);
      expect(existsSync(file), file).toBe(true);
    }
  });
});
