import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { allRequests } from './index';
import { checkValues } from './check';
import { messageStatuses, messageTypes } from './messages_api/objects';
import { isObjectTypeName, objectTypeNames, objectTypeOfSchema, objectTypes, variantFields } from './object-types';
import type { ObjectShape, ParamSpec } from './types';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

/** Every parameter description of a shape, nested ones and every variant case's included. */
function* specsOf(shape: ObjectShape): Generator<ParamSpec> {
  const groups = [shape.fields, ...Object.values(shape.variants?.cases ?? {})];
  for (const group of groups) for (const spec of Object.values(group)) yield* specsIn(spec);
}

function* specsIn(spec: ParamSpec): Generator<ParamSpec> {
  yield spec;
  switch (spec.type) {
    case 'object':
      yield* specsOf(spec);
      return;
    case 'array':
      yield* specsIn(spec.items);
      return;
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'map':
      return;
    default: {
      const unknownKind: never = spec;
      throw new Error(`unknown kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

describe('the object types', () => {
  it('have a page for every type a request parameter names', () => {
    const named = allRequests().flatMap(({ spec }) =>
      [spec.params.body, { fields: spec.params.path }, { fields: spec.params.query }].flatMap((shape) => (shape ? [...specsOf(shape)] : [])).flatMap((param) => param.typeName ?? []),
    );
    expect(new Set(named)).toEqual(new Set(['MessageType', 'MessageContent']));
    for (const name of named) expect(isObjectTypeName(name), name).toBe(true);
  });

  it('show examples that their own schemas accept', () => {
    for (const name of objectTypeNames) {
      const type = objectTypes[name];
      if (type.kind !== 'schema') continue;
      expect(type.example, name).toBeDefined();
      expect(ajv.validate(type.schema, type.example), `${name}: ${ajv.errorsText()}`).toBe(true);
    }
  });

  it('give every message type and status a meaning', () => {
    expect(objectTypes.MessageType.values).toEqual(messageTypes);
    expect(objectTypes.MessageStatus.values).toEqual(messageStatuses);
    for (const type of [objectTypes.MessageType, objectTypes.MessageStatus]) {
      for (const value of type.values) expect(type.meanings[value], value).toMatch(/\w+/);
    }
  });

  it('answer which registered type a schema is, by identity', () => {
    expect(objectTypeOfSchema(objectTypes.MessageSendRequest.schema)).toBe('MessageSendRequest');
    expect(objectTypeOfSchema({ type: 'string', enum: messageStatuses })).toBe('MessageStatus');
    // The same values written out again are not the registered list.
    expect(objectTypeOfSchema({ type: 'string', enum: [...messageStatuses] })).toBeUndefined();
    expect(objectTypeOfSchema({ type: 'string' })).toBeUndefined();
  });
});

describe('MessageContent', () => {
  const content = variantFields(objectTypes.MessageContent);

  it('has, for each message type, the fields the send request takes in content', () => {
    expect(content.variants?.by).toBe('type');
    expect(Object.keys(content.variants?.cases ?? {})).toEqual([...messageTypes]);
    const fields = Object.fromEntries(
      Object.entries(content.variants!.cases).map(([type, group]) => [type, Object.entries(group).map(([name, spec]) => `${name}${spec.required ? '' : '?'}`)]),
    );
    expect(fields).toEqual({ text: ['text'], image: ['url', 'text?'], document: ['url', 'text?'], audio: ['url', 'text?'], video: ['url', 'text?'] });
  });

  it('is what the send request checks content against', () => {
    const send = allRequests().find(({ id }) => id === 'post_send_messages')!.spec;
    const values = (type: string, content: object) => ({ path: {}, query: {}, body: { to: '+31612345678', from: 'whatsapp', type, content } });
    expect(checkValues(send, values('image', { url: 'https://example.com/a.png' }))).toEqual({});
    expect(checkValues(send, values('text', { url: 'https://example.com/a.png' }))).toMatchObject({ 'body.content.text': 'is required' });
  });
});
