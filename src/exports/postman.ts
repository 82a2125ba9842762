/**
 * The registry as a Postman collection (v2.1): a folder per API group, a request per documented
 * example, `{{baseUrl}}` and `{{token}}` as collection variables, bearer auth, and tests on each
 * request: the documented status, and an answer its response schema accepts ("Run collection"
 * checks them; `npm test` runs them with newman against a fresh sandbox). The definition is
 * plain data; Postman's own library builds the collection from it. Written at build to
 * `/postman_collection.json`.
 */
import { Collection } from 'postman-collection';
import { apiBaseUrl, exampleValues, registry, type EndpointId, type RequestSpec } from '../requests';
import { bodyOf } from '../requests/http';

/** The parts of the collection format (v2.1) this reference uses. */
interface RequestItem {
  name: string;
  event: { listen: 'test'; script: { type: 'text/javascript'; exec: string[] } }[];
  request: {
    method: string;
    description: string;
    url: { raw: string; host: string[]; path: string[]; variable: { key: string; value: string }[]; query: { key: string; value: string }[] };
    header: { key: string; value: string }[];
    body?: { mode: 'raw'; raw: string; options: { raw: { language: 'json' } } };
  };
}

/** The tests Postman runs on the answer (its sandbox's `pm` API): the documented status, then the body against the response schema. */
export function responseTests({ response }: RequestSpec): string[] {
  const status = `pm.test('answers ${response.status}', () => pm.response.to.have.status(${response.status}));`;
  if (!response.schema) return [status, `pm.test('has no body', () => pm.expect(pm.response.text()).to.equal(''));`];
  return [status, `pm.test('matches the response schema', () => pm.response.to.have.jsonSchema(${JSON.stringify(response.schema)}));`];
}

function requestItem(id: string, spec: RequestSpec, name: string): RequestItem {
  const values = exampleValues(spec, name);
  const body = bodyOf(spec, values);
  return {
    name: `${spec.examples[name]!.summary} (${id})`,
    event: [{ listen: 'test', script: { type: 'text/javascript', exec: responseTests(spec) } }],
    request: {
      method: spec.method,
      description: spec.summary,
      url: {
        raw: `{{baseUrl}}${spec.path}`,
        host: ['{{baseUrl}}'],
        path: spec.path.split('/').filter(Boolean),
        variable: Object.entries(values.path).map(([key, value]) => ({ key, value })),
        query: Object.entries(values.query).flatMap(([key, value]) => (value === undefined ? [] : [{ key, value: String(value) }])),
      },
      header: [{ key: 'Accept', value: 'application/json' }, ...(body === undefined ? [] : [{ key: 'Content-Type', value: 'application/json' }])],
      ...(body === undefined ? {} : { body: { mode: 'raw', raw: JSON.stringify(body, null, 2), options: { raw: { language: 'json' } } } }),
    },
  };
}

export function postmanCollection(): Collection {
  const folders = (Object.keys(registry) as EndpointId[]).flatMap((group) => {
    const requests = Object.entries(registry[group].requests as Record<string, RequestSpec>);
    const item = requests.flatMap(([id, spec]) => Object.keys(spec.examples).map((name) => requestItem(id, spec, name)));
    return item.length === 0 ? [] : [{ name: registry[group].title, item }];
  });
  return new Collection({
    info: {
      name: 'Callbell API',
      description: 'Every request of the Callbell API reference, with its documented examples.',
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    variable: [
      { key: 'baseUrl', value: apiBaseUrl, type: 'string' },
      { key: 'token', value: '', type: 'string' },
    ],
    auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{token}}', type: 'string' }] },
    item: folders,
  } as never);
}
