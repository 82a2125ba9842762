import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { dereference, validate } from '@readme/openapi-parser';
import { allRequests, exampleValues } from '@site/src/requests';
import { webhookEventNames } from '@site/src/requests/webhooks_api/events';
import { openApiDocument } from './openapi';

type Operation = {
  operationId: string;
  parameters: { name: string; in: string; required: boolean }[];
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
});
