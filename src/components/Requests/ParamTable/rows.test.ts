import { describe, expect, it } from 'vitest';
import { getRequest } from '@site/src/requests';
import type { ParamSpec } from '@site/src/requests/types';
import { requestRows, ruleSentences, shapeRows, typeLabel, type ParamRow } from './rows';

const send = getRequest('messages_api', 'post_send_messages');
const required = requestRows(send, 'required');
const optional = requestRows(send, 'optional');
const summary = (rows: ParamRow[]) => rows.map((row) => [row.path, row.required, row.conditions.map(({ by, values }) => `${by}=${values.join('|')}`).join(' ')]);

describe('the rows of the send-message parameters', () => {
  it('lists the required parameters with the content fields each message type takes, nested under content', () => {
    expect(summary(required)).toEqual([
      ['to', false, ''],
      ['bsuid', false, ''],
      ['from', true, ''],
      ['type', true, ''],
      ['content', true, 'type=text'],
      ['content.text', true, 'type=text'],
      ['content', true, 'type=image'],
      ['content.url', true, 'type=image'],
      ['content.text', false, 'type=image'],
      // A document, an audio and a video message take the same content: one form for the three.
      ['content', true, 'type=document|audio|video'],
      ['content.url', true, 'type=document|audio|video'],
      ['content.text', false, 'type=document|audio|video'],
    ]);
    expect(required.filter((row) => row.path.startsWith('content.')).map((row) => row.depth)).toEqual([1, 1, 1, 1, 1]);
  });

  it('counts `to` and `bsuid` as required, each naming the other as its alternative', () => {
    expect(required.find((row) => row.path === 'to')?.orElse).toEqual(['bsuid']);
    expect(ruleSentences(required.find((row) => row.path === 'bsuid')!)).toEqual(['Give it or `to`: at least one is required.']);
  });

  it('lists every other parameter as optional, with the rules its spec carries', () => {
    expect(optional.map((row) => row.path)).toEqual([
      'channel_uuid', 'template_uuid', 'optin_contact', 'template_values', 'assigned_user', 'team_uuid', 'fields', 'bot_status', 'metadata',
    ]);
    const rules = (path: string) => ruleSentences(optional.find((row) => row.path === path)!);
    expect(rules('template_uuid')).toEqual(['Give `optin_contact` with it.']);
    expect(rules('metadata')).toEqual(['At most 10 entries, names of at most 50 characters, values of at most 500 characters.']);
    expect(rules('template_values')).toEqual(['Each item: the value of one template variable.']);
    expect(ruleSentences(required.find((row) => row.path === 'content.url' && row.conditions[0]?.values.includes('audio'))!)).toEqual([
      'Only when `type` is `document`, `audio` or `video`.',
    ]);
  });

  it('says which values the type takes and what type the content is', () => {
    const type = required.find((row) => row.path === 'type')!.spec;
    expect(type).toMatchObject({ typeName: 'MessageType', enum: ['text', 'image', 'document', 'audio', 'video'] });
    expect(typeLabel(required.find((row) => row.path === 'content.url')!.spec)).toBe('string (URL)');
    expect(typeLabel(optional.find((row) => row.path === 'template_values')!.spec)).toBe('list of string');
    expect(typeLabel(optional.find((row) => row.path === 'assigned_user')!.spec)).toBe('string (email)');
  });
});

describe('the rows of flat requests', () => {
  it('keeps one row per parameter, in path, query then body order', () => {
    const byPhone = getRequest('contacts_api', 'get_contact_by_phone');
    expect(requestRows(byPhone, 'required').map((row) => `${row.location} ${row.path}`)).toEqual(['path phone_number']);
    expect(requestRows(byPhone, 'optional').map((row) => `${row.location} ${row.path}`)).toEqual(['query channel_uuid']);
    expect(requestRows(getRequest('contacts_api', 'post_contacts'), 'optional').map((row) => row.path)).toEqual([
      'tags', 'custom_fields', 'channel_uuid', 'assigned_user', 'team_uuid', 'bot_status', 'note',
    ]);
  });

  it('states the minimum of a number, the longest text, and what a map also accepts', () => {
    const [page] = requestRows(getRequest('contacts_api', 'get_contacts'), 'optional');
    expect(ruleSentences(page!)).toEqual(['At least 1.']);
    const note = requestRows(getRequest('contacts_api', 'post_contacts'), 'optional').find((row) => row.path === 'note')!;
    expect(ruleSentences(note)).toEqual(['At most 1000 characters.']);
    const customFields = requestRows(getRequest('contacts_api', 'patch_contacts'), 'optional').find((row) => row.path === 'custom_fields')!;
    expect(typeLabel(customFields.spec)).toBe('object (names → strings, numbers or lists of strings)');
    expect(ruleSentences(customFields)).toEqual([getRequest('contacts_api', 'patch_contacts').params.body.fields.custom_fields.numbersAsText.why]);
  });

  it('says a string may be null where null has a meaning of its own', () => {
    const [available, customStatus] = requestRows(getRequest('users_api', 'put_user_status'), 'optional');
    expect([typeLabel(available!.spec), typeLabel(customStatus!.spec)]).toEqual(['boolean', 'string or null']);
  });
});

describe('nesting the registry does not use yet', () => {
  const item: ParamSpec = {
    type: 'object',
    description: 'A line of the order.',
    fields: {
      sku: { type: 'string', required: true, description: 'The product.' },
      kind: { type: 'string', required: true, enum: ['gift', 'plain'], description: 'What kind of line.' },
    },
    variants: { by: 'kind', cases: { gift: { note: { type: 'string', description: 'The card.' } }, plain: {} } },
  };
  const rows = shapeRows(
    { fields: { lines: { type: 'array', description: 'The lines.', items: item }, matrix: { type: 'array', description: 'Rows.', items: { type: 'array', description: 'A row.', items: { type: 'number', description: 'A cell.' } } } } },
    { location: 'body', prefix: '', depth: 0, conditions: [] },
  );

  it('names the fields of list items with [] and conditions by their full path', () => {
    expect(summary(rows)).toEqual([
      ['lines', false, ''],
      ['lines[].sku', true, ''],
      ['lines[].kind', true, ''],
      ['lines[].note', false, 'lines[].kind=gift'],
      ['matrix', false, ''],
    ]);
    expect(typeLabel(rows.at(-1)!.spec)).toBe('list of list of number');
  });
});
