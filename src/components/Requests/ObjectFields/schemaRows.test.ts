import { describe, expect, it } from 'vitest';
import { getRequest } from '@site/src/requests';
import { messageSendRequestSchema } from '@site/src/requests/messages_api/objects';
import type { JsonSchema } from '@site/src/requests/schema';
import { schemaDescription, schemaRows } from './schemaRows';
import { schemaTypeLabel } from './schemaTypeLabel';

describe('the rows of an object schema', () => {
  const rows = schemaRows(messageSendRequestSchema);
  const row = (path: string) => rows.find((r) => r.path === path)!;

  it("lists a MessageSendRequest's fields with the fields of its nested objects under them", () => {
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.path}${r.required ? '' : '?'}`)).toEqual([
      'uuid',
      'status',
      'messageStatusPayload?',
      '  messageStatusPayload.id',
      '  messageStatusPayload.gsId?',
      '  messageStatusPayload.type',
      '  messageStatusPayload.payload?',
      '    messageStatusPayload.payload.type?',
      '    messageStatusPayload.payload.whatsappMessageId?',
      '    messageStatusPayload.payload.ts?',
      '  messageStatusPayload.destination?',
      'contact?',
      '  contact.uuid',
      '  contact.name',
      '  contact.phone',
      '  contact.email',
      'conversation?',
      '  conversation.source',
      '  conversation.href',
      '  conversation.createdAt',
    ]);
  });

  it('links a status to MessageStatus, whose values it takes', () => {
    expect(row('status').typeName).toBe('MessageStatus');
    expect(row('messageStatusPayload.type').typeName).toBe('MessageStatus');
    expect(row('uuid').typeName).toBeUndefined();
  });

  it('names types in words and keeps the description of a field that may be null', () => {
    expect(schemaTypeLabel(row('contact.email').schema)).toBe('string or null');
    expect(schemaDescription(row('contact.email').schema)).toBe('The email address, when known.');
    expect(schemaTypeLabel(row('conversation.createdAt').schema)).toBe('string (ISO 8601 date)');
    expect(schemaTypeLabel(row('conversation.href').schema)).toBe('string (URL)');
  });

  it('links a field that is an object type with a page instead of spelling it out', () => {
    const response = getRequest('messages_api', 'get_message_status').response.schema;
    expect(schemaRows(response).map((r) => [r.path, r.typeName])).toEqual([['message', 'MessageSendRequest']]);
  });

  it("names list items' fields with []", () => {
    const list: JsonSchema = {
      type: 'object',
      properties: { lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' } }, required: ['sku'] } } },
    };
    expect(schemaRows(list).map((r) => [r.path, r.required, schemaTypeLabel(r.schema)])).toEqual([
      ['lines', false, 'list of object'],
      ['lines[].sku', true, 'string'],
    ]);
  });

  it('has no rows for a schema that is not an object', () => {
    expect(schemaRows({ type: 'string' })).toEqual([]);
  });
});
