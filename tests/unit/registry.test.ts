import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { allRequests, exampleValues, findRequest } from '@site/src/requests';
import { checkValues } from '@site/src/requests/check';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

describe.each(allRequests().map((r) => [`${r.endpoint}/${r.id}`, r] as const))('%s', (_, { spec }) => {
  it('describes every :parameter of its path, and no other', () => {
    const inPath = [...spec.path.matchAll(/:(\w+)/g)].map((m) => m[1]).sort();
    expect(Object.keys(spec.params.path).sort()).toEqual(inPath);
  });

  it.each(Object.keys(spec.examples))('has an example, %s, that its own parameter rules accept', (name) => {
    const values = exampleValues(spec, name);
    expect(checkValues(spec, values)).toEqual({});
    if (spec.params.body === null) expect(values.body).toBeUndefined();
  });

  it('shows example responses that match its response schema, or none when the answer has no body', () => {
    const examples = [spec.response.example, ...Object.values(spec.response.otherExamples ?? {}).map(({ value }) => value)];
    if (!spec.response.schema) {
      expect(spec.response.status).toBe(204);
      expect(examples).toEqual([undefined]);
      return;
    }
    for (const example of examples) expect(ajv.validate(spec.response.schema, example), ajv.errorsText()).toBe(true);
  });
});

describe('looking a request up by name', () => {
  it('finds a known pair', () => {
    expect(findRequest('contacts_api', 'patch_contacts')?.method).toBe('PATCH');
  });

  it('answers undefined for an unknown pair, including inherited object keys', () => {
    expect(findRequest('contacts_api', 'patch_contact')).toBeUndefined();
    expect(findRequest('contacts', 'patch_contacts')).toBeUndefined();
    expect(findRequest('contacts_api', 'toString')).toBeUndefined();
    expect(findRequest('constructor', 'name')).toBeUndefined();
  });
});
