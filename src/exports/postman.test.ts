import { describe, expect, it } from 'vitest';
import { Collection, type Item, type ItemGroup } from 'postman-collection';
import { allRequests, apiBaseUrl, exampleValues, registry } from '@site/src/requests';
import { bodyOf } from '@site/src/requests/http';
import { postmanCollection } from './postman';

/** The collection as a reader imports it: written out as JSON, then loaded by Postman's library. */
const loaded = new Collection(JSON.parse(JSON.stringify(postmanCollection().toJSON())));

describe('the Postman collection, loaded back', () => {
  it('has the base URL and token variables and bearer auth from the token', () => {
    expect(loaded.variables.toObject()).toEqual({ baseUrl: apiBaseUrl, token: '' });
    expect(loaded.toJSON().auth).toEqual({ type: 'bearer', bearer: [{ key: 'token', value: '{{token}}', type: 'string' }] });
  });

  it('has a folder per API group with requests, and a request per documented example, as the registry says', () => {
    const folders = loaded.items.all() as unknown as ItemGroup[];
    const groupsWithRequests = Object.values(registry).filter(({ requests }) => Object.keys(requests).length > 0);
    expect(folders.map((folder) => folder.name)).toEqual(groupsWithRequests.map(({ title }) => title));
    const shown = folders.flatMap((folder) =>
      (folder.items.all() as Item[]).map((item) => ({
        name: item.name,
        method: item.request.method,
        path: item.request.url.getPath(true),
        variables: item.request.url.variables.toObject(),
        query: item.request.url.query.toObject(),
        body: item.request.body?.raw === undefined ? undefined : JSON.parse(item.request.body.raw),
      })),
    );
    const expected = allRequests().flatMap(({ id, spec }) =>
      Object.keys(spec.examples).map((name) => {
        const values = exampleValues(spec, name);
        return {
          name: `${spec.examples[name]!.summary} (${id})`,
          method: spec.method,
          path: spec.path,
          variables: values.path,
          query: Object.fromEntries(Object.entries(values.query).filter(([, value]) => value !== undefined).map(([key, value]) => [key, String(value)])),
          body: bodyOf(spec, values),
        };
      }),
    );
    expect(shown).toEqual(expected);
  });
});

describe("the Postman collection's tests", () => {
  it('check on every request its documented status, and its answer against the response schema', () => {
    const items = (loaded.items.all() as unknown as ItemGroup[]).flatMap((folder) => folder.items.all() as Item[]);
    const specs = allRequests().flatMap(({ spec }) => Object.keys(spec.examples).map(() => spec));
    expect(items).toHaveLength(specs.length);
    items.forEach((item, index) => {
      const { response } = specs[index]!;
      const script = item.events.listeners('test')[0]!.script.toSource();
      expect(script, item.name).toContain(`pm.response.to.have.status(${response.status})`);
      expect(script, item.name).toContain(response.schema ? `pm.response.to.have.jsonSchema(${JSON.stringify(response.schema)})` : "pm.expect(pm.response.text()).to.equal('')");
    });
  });
});
