/**
 * The registry: every documented request, by endpoint group and request id.
 * `EndpointId` and `RequestId` are the keys MDX pages and components name.
 */
import { authApi } from './auth_api';
import { channelsApi } from './channels_api';
import { contactsApi } from './contacts_api';
import { customStatusApi } from './custom_status_api';
import { funnelsApi } from './funnels_api';
import { messagesApi } from './messages_api';
import { planApi } from './plan_api';
import { teamsApi } from './teams_api';
import { templateMessagesApi } from './template_messages_api';
import { usersApi } from './users_api';
import { webhooksApi } from './webhooks_api';
import type { ReleaseDate } from './releases';
import type { EndpointGroup, LooseValues, RequestSpec } from './types';

export { apiBaseUrl, apiOrigin, apiPath, auth } from './api';

export const registry = {
  auth_api: authApi,
  channels_api: channelsApi,
  contacts_api: contactsApi,
  custom_status_api: customStatusApi,
  funnels_api: funnelsApi,
  messages_api: messagesApi,
  plan_api: planApi,
  teams_api: teamsApi,
  template_messages_api: templateMessagesApi,
  users_api: usersApi,
  webhooks_api: webhooksApi,
} as const satisfies Record<string, EndpointGroup>;

export type Registry = typeof registry;
export type EndpointId = keyof Registry;
export type RequestId<E extends EndpointId> = keyof Registry[E]['requests'] & string;
/** The names of a request's further documented answers (`fields_contact`). */
export type ResponseExampleName<E extends EndpointId, R extends RequestId<E>> = Registry[E]['requests'][R] extends {
  readonly response: { readonly otherExamples: infer X };
}
  ? keyof X & string
  : never;
/** The names of a request's documented examples (`image`, `template`…). */
export type ExampleName<E extends EndpointId, R extends RequestId<E>> = Registry[E]['requests'][R] extends { readonly examples: infer X } ? keyof X & string : never;

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

/** The release a request came in: its own mark, or its group's when it came with the group. */
export function requestSince(endpoint: EndpointId, spec: RequestSpec): ReleaseDate | undefined {
  const group: EndpointGroup = registry[endpoint];
  return spec.since ?? group.since;
}

/** The values of a request's example: the named one, or the first. */
export function exampleValues(spec: RequestSpec, name?: string): LooseValues {
  const chosen = name ?? Object.keys(spec.examples)[0]!;
  const { summary: _summary, ...values } = spec.examples[chosen]!;
  return values;
}

/** The GET that reads what a write changes (same path), e.g. `get_contact` for `patch_contacts`. */
export function readerOf(spec: RequestSpec): RequestSpec | undefined {
  return allRequests().find((other) => other.spec.method === 'GET' && other.spec.path === spec.path)?.spec;
}

export type { RequestSpec, LooseValues, ParamSpec, ParamGroup, ParamLocation, ObjectShape, HttpMethod } from './types';
