import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { dereference, validate } from '@readme/openapi-parser';
import { allRequests, exampleValues } from '@site/src/requests';
import { errorsOf } from '@site/src/requests/errors';
import { webhookEventNames } from '@site/src/requests/webhooks_api/events';
import { openApiDocument } from './openapi';

type Operation = {
  operationId: string;
  parameters: { name: string; in: string; required: boolean; schema: object; example?: unknown }[];
  requestBody?: { content: { 'application/json': { schema: object; examples: Record<string, { value: unknown }> } } };
  responses: Record<string, { content?: { 'application/json': { schema: object; examples: Record<string, { value: unknown }> } } }>;
};

const document = openApiDocument({ extraServers: [{ url: 'http://127.0.0.1:4010/v1', description: 'The local sandbox' }] });
const operations = async () => {
  const resolved = (await dereference(structuredClone(document) as never)) as unknown as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(resolved.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
};
// Ajv does not take a discriminator with a mapping; without it, `oneOf` alone decides, which is stricter.
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1, by a real validator, with no warnings', async () => {
    expect(await validate(structuredClone(document) as never)).toEqual({ valid: true, warnings: [], specification: 'OpenAPI' });
  });

  it('has exactly one operation per request of the registry, named by its id, at its path and method', async () => {
    const listed = (await operations()).map(({ path, method, operation }) => `${method.toUpperCase()} ${path} ${operation.operationId}`).sort();
    const registered = allRequests().map(({ id, spec }) => `${spec.method} ${spec.path.replace(/:(\w+)/g, '{$1}')} ${id}`).sort();
    expect(listed).toEqual(registered);
  });

  it("accepts every documented example with the operation's own schemas, and every documented answer", async () => {
    const byId = new Map((await operations()).map(({ operation }) => [operation.operationId, operation]));
    for (const { id, spec } of allRequests()) {
      const operation = byId.get(id)!;
      for (const name of Object.keys(spec.examples)) {
        const values = exampleValues(spec, name);
        for (const [param, value] of Object.entries({ ...values.path, ...values.query })) {
          expect(operation.parameters.map((p) => p.name), `${id} ${name}`).toContain(param);
          expect(value).not.toBeUndefined();
        }
        if (spec.params.body) {
          const schema = operation.requestBody!.content['application/json'].schema;
          expect(ajv.validate(schema, values.body), `${id} ${name}: ${ajv.errorsText()}`).toBe(true);
        }
      }
      const answer = operation.responses[String(spec.response.status)]!.content?.['application/json'];
      if (!answer) continue;
      for (const [name, { value }] of Object.entries(answer.examples)) {
        expect(ajv.validate(answer.schema, value), `${id} answer ${name}: ${ajv.errorsText()}`).toBe(true);
      }
    }
  });

  it("documents every error of every request, with each cause's example in the Error schema, and gives parameter examples their schema takes", async () => {
    const byId = new Map((await operations()).map(({ operation }) => [operation.operationId, operation]));
    for (const { id, spec } of allRequests()) {
      const operation = byId.get(id)!;
      for (const error of errorsOf(spec)) {
        const answer = operation.responses[String(error.status)]?.content?.['application/json'];
        expect(answer, `${id} ${error.status}`).toBeDefined();
        expect(Object.values(answer!.examples).map(({ value }) => value), `${id} ${error.status}`).toContainEqual(error.example);
        for (const { value } of Object.values(answer!.examples)) expect(ajv.validate(answer!.schema, value), `${id} ${error.status}: ${ajv.errorsText()}`).toBe(true);
      }
      for (const parameter of operation.parameters) {
        if (parameter.example !== undefined) expect(ajv.validate(parameter.schema, parameter.example), `${id} ${parameter.name}: ${ajv.errorsText()}`).toBe(true);
      }
      for (const parameter of operation.parameters) expect(parameter.example, `${id} ${parameter.name}`).toBeDefined();
    }
  });

  it('refuses in its schemas the empty and blank names the sandbox refuses', async () => {
    const rename = (await operations()).find(({ operation }) => operation.operationId === 'put_custom_status')!.operation;
    const schema = rename.requestBody!.content['application/json'].schema;
    expect(ajv.validate(schema, { name: 'Lunch' })).toBe(true);
    expect(ajv.validate(schema, { name: '' })).toBe(false);
    expect(ajv.validate(schema, { name: '   ' })).toBe(false);
  });

  it('describes every webhook event, whose documented example matches its schema', async () => {
    const resolved = (await dereference(structuredClone(document) as never)) as unknown as {
      webhooks: Record<string, { post: { requestBody: { content: { 'application/json': { schema: object; example: unknown } } } } }>;
    };
    expect(Object.keys(resolved.webhooks).sort()).toEqual([...webhookEventNames].sort());
    for (const [event, { post }] of Object.entries(resolved.webhooks)) {
      const { schema, example } = post.requestBody.content['application/json'];
      expect(ajv.validate(schema, example), `${event}: ${ajv.errorsText()}`).toBe(true);
      expect(ajv.validate(schema, { event: 'contact_created', payload: {} }), event).toBe(false);
    }
  });

  it('refuses with its schemas what the sandbox refuses: a message of one type with the content of another, neither to nor bsuid', async () => {
    const send = (await operations()).find(({ operation }) => operation.operationId === 'post_send_messages')!.operation;
    const schema = send.requestBody!.content['application/json'].schema;
    const image = { to: '+31612345678', from: 'whatsapp', type: 'image', content: { url: 'https://example.com/a.jpeg' } };
    expect(ajv.validate(schema, image)).toBe(true);
    expect(ajv.validate(schema, { ...image, type: 'text' })).toBe(false);
    const { to: _to, ...withoutRecipient } = image;
    expect(ajv.validate(schema, withoutRecipient)).toBe(false);
    expect(ajv.validate(schema, { ...image, template_uuid: 'd980fb66fd5043d3ace1aa06ba044342' })).toBe(false);
  });

  it("is versioned by its newest release's date, and tells tools when a later release added or changed a thing", () => {
    type Marked = { 'x-since'?: string; 'x-change'?: { date: string; text: string } };
    const doc = document as {
      info: { version: string };
      paths: Record<string, Record<string, Marked & { parameters: (Marked & { name: string })[] }>>;
      components: { schemas: Record<string, { properties: Record<string, Marked> }> };
      webhooks: Record<string, { post: Marked }>;
    };
    expect(doc.info.version).toBe('2026-07-01');
    expect(doc.paths['/plan']!.get!['x-since']).toBe('2026-02-10');
    expect(doc.paths['/contacts/{uuid}']!.get!['x-since']).toBeUndefined();
    expect(doc.paths['/channels']!.get!.parameters.find(({ name }) => name === 'active')!['x-since']).toBe('2026-02-06');
    expect(doc.components.schemas.Contact!.properties.note!['x-since']).toBe('2026-07-01');
    expect(doc.components.schemas.Contact!.properties.phoneNumber!['x-change']).toEqual({ date: '2023-03-03', text: 'PATCH /contacts/:uuid no longer changes it.' });
    expect(doc.webhooks.agent_session_updated!.post['x-since']).toBe('2024-11-26');
    expect(JSON.stringify(doc)).not.toMatch(/"(since|change)":/);
  });
});
