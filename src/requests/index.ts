/**
 * The registry: every documented request, by endpoint group and request id.
 * `EndpointId` and `RequestId` are the keys MDX pages and components name.
 */
import { contactsApi } from './contacts_api';
import type { EndpointGroup, RequestSpec } from './types';

export { apiBaseUrl, apiOrigin, apiPath, auth } from './api';

export const registry = {
  contacts_api: contactsApi,
} as const satisfies Record<string, EndpointGroup>;

export type Registry = typeof registry;
export type EndpointId = keyof Registry;
export type RequestId<E extends EndpointId> = keyof Registry[E]['requests'] & string;

/**
 * One request's description, typed precisely (its parameters, examples and response) where
 * the pair is known at compile time, and as a `RequestSpec` where it is generic.
 */
export function getRequest<E extends EndpointId, R extends RequestId<E> = RequestId<E>>(endpoint: E, request: R): Registry[E]['requests'][R] & RequestSpec {
  return (registry[endpoint].requests as Record<string, RequestSpec>)[request] as Registry[E]['requests'][R] & RequestSpec;
}

/** Looks a pair up by untyped names (from an MDX page); `undefined` when unknown. */
export function findRequest(endpoint: string, request: string): RequestSpec | undefined {
  if (!Object.hasOwn(registry, endpoint)) return undefined;
  const requests: Record<string, RequestSpec> = registry[endpoint as EndpointId].requests;
  return Object.hasOwn(requests, request) ? requests[request] : undefined;
}

export function allRequests(): { endpoint: EndpointId; id: string; spec: RequestSpec }[] {
  return (Object.keys(registry) as EndpointId[]).flatMap((endpoint) =>
    Object.entries(registry[endpoint].requests as Record<string, RequestSpec>).map(([id, spec]) => ({ endpoint, id, spec })),
  );
}

/** The GET that reads what a write changes (same path), e.g. `get_contact` for `patch_contacts`. */
export function readerOf(spec: RequestSpec): RequestSpec | undefined {
  return allRequests().find((other) => other.spec.method === 'GET' && other.spec.path === spec.path)?.spec;
}

export type { RequestSpec, LooseValues, ParamSpec, ParamGroup, HttpMethod } from './types';
