import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { allRequests, findRequest } from '@site/src/requests';
import { groupSchema } from '@site/src/requests/schema';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

describe.each(allRequests().map((r) => [`${r.endpoint}/${r.id}`, r] as const))('%s', (_, { spec }) => {
  it('describes every :parameter of its path, and no other', () => {
    const inPath = [...spec.path.matchAll(/:(\w+)/g)].map((m) => m[1]).sort();
    expect(Object.keys(spec.params.path).sort()).toEqual(inPath);
  });

  it('has an example that its own parameter rules accept', () => {
    expect(ajv.validate(groupSchema(spec.params.path), spec.example.path), ajv.errorsText()).toBe(true);
    expect(ajv.validate(groupSchema(spec.params.query), spec.example.query), ajv.errorsText()).toBe(true);
    if (spec.params.body) {
      expect(ajv.validate(groupSchema(spec.params.body), spec.example.body), ajv.errorsText()).toBe(true);
    } else {
      expect(spec.example.body).toBeUndefined();
    }
  });

  it('shows an example response that matches its response schema', () => {
    expect(ajv.validate(spec.response.schema, spec.response.example), ajv.errorsText()).toBe(true);
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
