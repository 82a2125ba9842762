import { describe, expect, it } from 'vitest';
import { getRequest, readerOf } from '@site/src/requests';
import { johnDoe } from '@site/src/requests/contacts_api/objects';
import { changesOf, isChanged, resourceOf, responseName, undoOf } from './changes';

const patch = getRequest('contacts_api', 'patch_contacts');
const current = { ...johnDoe, tags: ['sales'], customFields: { 'Billing Address': 'Old Street 9' } } as unknown as Record<string, unknown>;
const values = {
  path: { uuid: johnDoe.uuid },
  query: {},
  body: { name: 'John Doe', tags: ['lead'], custom_fields: { 'Billing Address': 'Main Street 1', orderNumber: '7' } },
};

describe('what a PATCH will change', () => {
  it('is read by the GET of the same path', () => {
    expect(readerOf(patch)).toBe(getRequest('contacts_api', 'get_contact'));
    expect(readerOf(getRequest('contacts_api', 'post_contacts'))).toBe(getRequest('contacts_api', 'get_contacts'));
  });

  it('lists each field sent, a custom field per key, with its value now and after', () => {
    expect(changesOf(patch, values, current)).toEqual([
      { field: 'name', before: 'John Doe', after: 'John Doe' },
      { field: 'tags', before: ['sales'], after: ['lead'] },
      { field: 'custom_fields.Billing Address', before: 'Old Street 9', after: 'Main Street 1' },
      { field: 'custom_fields.orderNumber', before: undefined, after: '7' },
    ]);
  });

  it('is undone by a PATCH of the previous values of what changed; a field that had none cannot be', () => {
    const changes = changesOf(patch, values, current);
    expect(changes.map(isChanged)).toEqual([false, true, true, true]);
    expect(undoOf(changes)).toEqual({ body: { tags: ['sales'], custom_fields: { 'Billing Address': 'Old Street 9' } }, cannotUndo: ['custom_fields.orderNumber'] });
  });

  it('finds the resource in a GET answer and names fields as the API returns them', () => {
    expect(resourceOf({ contact: { name: 'x' } })).toEqual({ name: 'x' });
    expect(resourceOf({ contacts: [] })).toBeUndefined();
    expect(resourceOf({ a: {}, b: {} })).toBeUndefined();
    expect(responseName('custom_fields')).toBe('customFields');
  });
});
