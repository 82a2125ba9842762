/** The requests whose success is not a plain `200` with a body, read from the registry. */
import { allRequests, type EndpointId, type HttpMethod } from '@site/src/requests';

export interface UnusualSuccess {
  readonly endpoint: EndpointId;
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly status: number;
  readonly description: string;
}

export function unusualSuccesses(): UnusualSuccess[] {
  return allRequests()
    .filter(({ spec }) => spec.response.status !== 200)
    .map(({ endpoint, id, spec }) => ({ endpoint, id, method: spec.method, path: spec.path, status: spec.response.status, description: spec.response.description }));
}
