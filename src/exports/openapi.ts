/**
 * The registry as an OpenAPI 3.1 document: one operation per request (its id as `operationId`),
 * its parameters with an example each where the registry has one, its body (variants as `oneOf`
 * with a discriminator), its answer with the documented examples, its errors (the shared
 * `Error` schema, an example per cause), tags per group, the object types as shared schemas,
 * and the webhook events Callbell posts (OpenAPI's `webhooks`). Written at build to
 * `/openapi.json`; nothing in it is written by hand. `npm test` lints it with Redocly's
 * recommended rules (redocly.yaml).
 */
import { apiBaseUrl, registry, requestSince, type EndpointId, type ObjectShape, type ParamLocation, type ParamSpec, type RequestSpec } from '../requests';
import { errorSchema, errorsOf, type DocumentedError } from '../requests/errors';
import { objectTypeOfSchema, objectTypes } from '../requests/object-types';
import { releases, type ReleaseMarks } from '../requests/releases';
import type { JsonSchema } from '../requests/schema';
import { webhookEvents } from '../requests/webhooks_api/events';

type Schema = Record<string, unknown>;

/** Where a shared schema is: `#/components/schemas/<name>`. */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A thing's release marks as OpenAPI extensions (`x-since`, `x-change`), for tools that show what is new. */
function releaseExtensions({ since, change }: ReleaseMarks): Schema {
  return { ...(since ? { 'x-since': since } : {}), ...(change ? { 'x-change': change } : {}) };
}

/** A response schema, with each registered object type as a reference to its shared schema, and its marks as extensions. */
function responseSchema(schema: JsonSchema, top = false): Schema {
  const { since: _since, change: _change, ...plain } = plainResponseSchema(schema, top);
  // A reference carries nothing beside it: the marks are the shared schema's own.
  return '$ref' in plain ? plain : { ...plain, ...releaseExtensions(schema) };
}

function plainResponseSchema(schema: JsonSchema, top: boolean): Schema {
  const named = top ? undefined : objectTypeOfSchema(schema);
  if (named && objectTypes[named].kind === 'schema') return ref(named);
  if ('anyOf' in schema) return { ...schema, anyOf: schema.anyOf.map((item) => responseSchema(item)) };
  switch (schema.type) {
    case 'array':
      return { ...schema, items: responseSchema(schema.items) };
    case 'object':
      return {
        ...schema,
        ...(schema.properties ? { properties: Object.fromEntries(Object.entries(schema.properties).map(([name, item]) => [name, responseSchema(item)])) } : {}),
        ...(typeof schema.additionalProperties === 'object' ? { additionalProperties: responseSchema(schema.additionalProperties) } : {}),
      };
    default:
      return { ...schema };
  }
}

/** A parameter's schema, nested objects and lists included. */
export function paramSchema(spec: ParamSpec): Schema {
  const described = { description: spec.description, ...releaseExtensions(spec) };
  switch (spec.type) {
    case 'string':
      return {
        type: spec.nullable ? ['string', 'null'] : 'string',
        ...described,
        ...(spec.enum ? { enum: spec.nullable ? [...spec.enum, null] : spec.enum } : {}),
        ...(spec.format ? { format: spec.format === 'url' ? 'uri' : spec.format } : {}),
        // Empty text is no value: a required one is refused, and so is a name of only spaces.
        ...(spec.required || spec.notBlank ? { minLength: 1 } : {}),
        ...(spec.notBlank ? { pattern: '\\S' } : {}),
        ...(spec.maxLength === undefined ? {} : { maxLength: spec.maxLength }),
      };
    case 'integer':
      return { type: 'integer', ...described, ...(spec.minimum === undefined ? {} : { minimum: spec.minimum }) };
    case 'number':
    case 'boolean':
      return { type: spec.type, ...described };
    case 'array':
      return { type: 'array', ...described, items: paramSchema(spec.items) };
    case 'map': {
      const text: Schema = { type: spec.numbersAsText ? ['string', 'number'] : 'string', ...(spec.maxValueLength === undefined ? {} : { maxLength: spec.maxValueLength }) };
      const value: Schema = spec.listValues ? { anyOf: [text, { type: 'array', items: { type: 'string' } }] } : text;
      return {
        type: 'object',
        ...described,
        additionalProperties: value,
        ...(spec.maxEntries === undefined ? {} : { maxProperties: spec.maxEntries }),
        ...(spec.maxKeyLength === undefined ? {} : { propertyNames: { maxLength: spec.maxKeyLength } }),
      };
    }
    case 'object':
      return { ...shapeSchema(spec), ...described };
    default: {
      const unknownKind: never = spec;
      throw new Error(`No schema for parameter kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** The object schema of a group of fields, with its rules: required fields, `requires`, one-of lists. */
function fieldsSchema(fields: ObjectShape['fields'], anyOf: ObjectShape['anyOf'], fixed?: [name: string, value: string]): Schema {
  const names = Object.keys(fields);
  const dependentRequired = Object.fromEntries(Object.entries(fields).flatMap(([name, spec]) => (spec.requires?.length ? [[name, spec.requires]] : [])));
  return {
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, fixed?.[0] === name ? { ...paramSchema(fields[name]!), const: fixed[1] } : paramSchema(fields[name]!)])),
    ...(names.some((name) => fields[name]!.required) ? { required: names.filter((name) => fields[name]!.required) } : {}),
    ...(Object.keys(dependentRequired).length ? { dependentRequired } : {}),
    ...(anyOf?.length ? { allOf: anyOf.map((list) => ({ anyOf: list.map((name) => ({ required: [name] })) })) } : {}),
    additionalProperties: false,
  };
}

/** An object shape; one with variants is one schema per case, chosen by the selector. */
function shapeSchema(shape: ObjectShape): Schema {
  if (!shape.variants) return fieldsSchema(shape.fields, shape.anyOf);
  const { by, cases } = shape.variants;
  return {
    oneOf: Object.entries(cases).map(([value, fields]) => ({ title: value, ...fieldsSchema({ ...shape.fields, ...fields }, shape.anyOf, [by, value]) })),
    discriminator: { propertyName: by },
  };
}

/** The body of a request; a body with variants gets a shared schema per case, so the discriminator can map to them. */
function bodySchema(id: string, shape: ObjectShape, components: Record<string, Schema>): Schema {
  if (!shape.variants) return fieldsSchema(shape.fields, shape.anyOf);
  const { by, cases } = shape.variants;
  const mapping: Record<string, string> = {};
  for (const [value, fields] of Object.entries(cases)) {
    const name = `${id}_${value}`;
    components[name] = { title: `${id} (${by}: ${value})`, ...fieldsSchema({ ...shape.fields, ...fields }, shape.anyOf, [by, value]) };
    mapping[value] = ref(name).$ref;
  }
  return { oneOf: Object.keys(mapping).map((value) => ({ $ref: mapping[value] })), discriminator: { propertyName: by, mapping } };
}

/** A parameter's value in the first of the request's examples that gives one; else its own example, its first allowed value, its least or `true`. */
function parameterExample(spec: RequestSpec, location: Exclude<ParamLocation, 'body'>, name: string, param: ParamSpec): unknown {
  const documented = Object.values(spec.examples).map((example) => example[location][name]).find((value) => value !== undefined);
  if (documented !== undefined) return documented;
  if (param.type === 'string') return param.example ?? param.enum?.[0];
  if (param.type === 'integer') return param.minimum;
  return param.type === 'boolean' ? true : undefined;
}

function parameters(spec: RequestSpec): Schema[] {
  return (['path', 'query'] as const).flatMap((location) =>
    Object.entries(spec.params[location]).map(([name, param]) => {
      const example = parameterExample(spec, location, name, param);
      return {
        name,
        in: location,
        // Every path value is required, so its schema says it may not be empty.
        required: location === 'path' || param.required === true,
        description: param.description,
        ...releaseExtensions(param),
        schema: paramSchema(location === 'path' ? { ...param, required: true } : param),
        ...(example === undefined ? {} : { example }),
      };
    }),
  );
}

/** What the operation does, and what its schemas cannot say: that a query parameter it does not list is refused. */
function operationDescription(spec: RequestSpec): string {
  return `${spec.summary}\n\nA parameter this operation does not list, in the query or the body, is refused with \`422\`, as are the values its schemas exclude. Each error answer below has an example of what causes it.`;
}

/** The answers besides the success, one per status, each cause an example in the `Error` shape. */
function errorResponses(spec: RequestSpec): Record<string, Schema> {
  const byStatus = new Map<number, DocumentedError[]>();
  for (const error of errorsOf(spec)) byStatus.set(error.status, [...(byStatus.get(error.status) ?? []), error]);
  return Object.fromEntries(
    [...byStatus].map(([status, errors]) => [
      String(status),
      {
        description: errors.map((error) => error.when).join(' '),
        ...(status === 429 ? { headers: { 'Retry-After': { description: 'How many seconds to wait before sending again.', schema: { type: 'integer', minimum: 1 } } } } : {}),
        content: {
          'application/json': {
            schema: ref('Error'),
            examples: Object.fromEntries(errors.map((error, index) => [errors.length === 1 ? 'example' : `example_${index + 1}`, { summary: error.when, value: error.example }])),
          },
        },
      },
    ]),
  );
}

/** `/contacts/:uuid` → `/contacts/{uuid}`. */
const openApiPath = (path: string) => path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');

function operation(group: EndpointId, id: string, spec: RequestSpec, components: Record<string, Schema>): Schema {
  const examples = Object.fromEntries(Object.entries(spec.examples).map(([name, example]) => [name, { summary: example.summary, value: example.body }]));
  const { response } = spec;
  const responseExamples = {
    documented: { summary: response.description, value: response.example },
    ...Object.fromEntries(Object.entries(response.otherExamples ?? {}).map(([name, { summary, value }]) => [name, { summary, value }])),
  };
  return {
    operationId: id,
    tags: [registry[group].title],
    summary: spec.summary,
    description: operationDescription(spec),
    ...releaseExtensions({ ...spec, since: requestSince(group, spec) }),
    parameters: parameters(spec),
    ...(spec.params.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: bodySchema(id, spec.params.body, components), examples } } } }
      : {}),
    responses: {
      [String(response.status)]: response.schema
        ? { description: response.description, content: { 'application/json': { schema: responseSchema(response.schema, true), examples: responseExamples } } }
        : { description: response.description },
      ...errorResponses(spec),
    },
  };
}

/**
 * The shared schemas something refers to: an object type no answer, event or other schema
 * holds (Conversation, documented for its page) would be a component no tool reaches.
 */
function referenced(components: Record<string, Schema>, from: object): Record<string, Schema> {
  const names = new Set<string>();
  const pending = [JSON.stringify(from)];
  for (let text = pending.pop(); text !== undefined; text = pending.pop()) {
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (!names.has(name!)) {
        names.add(name!);
        pending.push(JSON.stringify(components[name!]));
      }
    }
  }
  return Object.fromEntries(Object.entries(components).filter(([name]) => names.has(name)));
}

/** The date of the newest release, whatever the order of the list. */
export function newestRelease(): string {
  return releases.map(({ date }) => date).reduce((newest, date) => (date > newest ? date : newest));
}

export interface OpenApiOptions {
  /** Servers besides the real API, e.g. the local sandbox. */
  extraServers?: { url: string; description: string }[];
  /** The published reference, linked as the document's external docs. */
  siteUrl?: string;
}

export function openApiDocument({ extraServers = [], siteUrl }: OpenApiOptions = {}): Schema {
  const components: Record<string, Schema> = { Error: responseSchema(errorSchema, true) };
  for (const [name, type] of Object.entries(objectTypes)) {
    if (type.kind === 'schema') components[name] = responseSchema(type.schema, true);
  }
  const paths: Record<string, Record<string, Schema>> = {};
  for (const group of Object.keys(registry) as EndpointId[]) {
    for (const [id, spec] of Object.entries(registry[group].requests as Record<string, RequestSpec>)) {
      const path = (paths[openApiPath(spec.path)] ??= {});
      path[spec.method.toLowerCase()] = operation(group, id, spec, components);
    }
  }
  // What Callbell posts to a subscribed URL: `{"event", "payload"}`, one operation per event.
  const webhooks = Object.fromEntries(
    Object.entries(webhookEvents).map(([event, spec]) => [
      event,
      {
        post: {
          operationId: `webhook_${event}`,
          summary: spec.summary,
          description: `${spec.summary} Callbell posts it to the subscribed address as \`{"event": "${event}", "payload": …}\`; any 2xx answer counts as delivered.`,
          tags: ['Webhook events'],
          ...releaseExtensions(spec),
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', properties: { event: { const: event }, payload: responseSchema(spec.payload, true) }, required: ['event', 'payload'] },
                example: { event, payload: spec.example },
              },
            },
          },
          responses: { '200': { description: 'Received: any 2xx answer counts as delivered.' } },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Callbell API',
      // The date of the newest release: a tool sees at once whether its copy is older.
      version: newestRelease(),
      description: 'The Callbell REST API: contacts, messages and everything else of a Callbell account. Generated from the reference\'s registry.',
    },
    ...(siteUrl ? { externalDocs: { description: 'The Callbell API reference', url: siteUrl } } : {}),
    servers: [{ url: apiBaseUrl, description: 'The Callbell API' }, ...extraServers],
    security: [{ bearerAuth: [] }],
    tags: [
      ...Object.values(registry).map(({ title, description }) => ({ name: title, description })),
      { name: 'Webhook events', description: 'What Callbell posts to the address the Webhooks API subscribed: one request per event, `{"event", "payload"}`.' },
    ],
    paths,
    webhooks,
    components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } }, schemas: referenced(components, { paths, webhooks }) },
  };
}
