/**
 * Which requests page their answers, read from the registry: those that take the `page` query
 * parameter, and those whose answer carries `meta` (the page it is and how many there are).
 */
import { allRequests, type EndpointId, type HttpMethod } from '@site/src/requests';

export interface PagedRequest {
  readonly endpoint: EndpointId;
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly takesPage: boolean;
  readonly answersMeta: boolean;
}

export function pagedRequests(): PagedRequest[] {
  return allRequests()
    .map(({ endpoint, id, spec }) => {
      const { schema } = spec.response;
      const answersMeta = schema !== undefined && 'type' in schema && schema.type === 'object' && Object.hasOwn(schema.properties ?? {}, 'meta');
      return { endpoint, id, method: spec.method, path: spec.path, takesPage: Object.hasOwn(spec.params.query, 'page'), answersMeta };
    })
    .filter((request) => request.takesPage || request.answersMeta);
}
