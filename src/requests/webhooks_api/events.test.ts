import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '../schema';
import { webhookEventGroups, webhookEventNames, webhookEvents } from './events';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

/** The paths of the fields of `schema`, nested ones included, that carry no description. */
function undescribed(schema: JsonSchema, at = '$'): string[] {
  if (!('type' in schema)) return schema.anyOf.flatMap((option) => undescribed(option, at));
  if (schema.type === 'array') return undescribed(schema.items, `${at}[]`);
  if (schema.type !== 'object') return [];
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => [
    ...('description' in field && field.description ? [] : [`${at}.${name}`]),
    ...undescribed(field, `${at}.${name}`),
  ]);
}

describe.each(webhookEventNames)('the %s event', (name) => {
  const { payload, example } = webhookEvents[name];

  it("documents an example payload that the payload's schema accepts", () => {
    expect(ajv.validate(payload, example), ajv.errorsText()).toBe(true);
  });

  it('describes every field of its payload', () => {
    expect(undescribed(payload)).toEqual([]);
  });
});

describe('the event groups', () => {
  it('each hold at least one event, in the order of the list of names', () => {
    const grouped = webhookEventGroups.flatMap((group) => webhookEventNames.filter((name) => webhookEvents[name].group === group));
    for (const group of webhookEventGroups) expect(grouped.some((name) => webhookEvents[name].group === group), group).toBe(true);
    expect(grouped).toEqual(webhookEventNames);
  });
});

describe('a payload schema', () => {
  it('refuses a payload that lacks a documented field or has one of the wrong type', () => {
    const { payload, example } = webhookEvents.contact_deleted;
    expect(ajv.validate(payload, { ...(example as object), deleted: undefined })).toBe(false);
    expect(ajv.validate(webhookEvents.message_created.payload, { ...(webhookEvents.message_created.example as object), status: 'note' })).toBe(false);
    expect(ajv.validate(payload, example)).toBe(true);
  });
});
