/** The values of one request as its registry entry types them, for handlers and rules. */
import type { Registry } from '../../src/requests';
import type { RequestSpec, RequestValues } from '../../src/requests/types';

export type ValuesOf<S> = S extends RequestSpec<string, infer P, infer Q, infer B> ? RequestValues<P, Q, B> : never;

/** The body of request `Id` of group `E`, as checked. */
export type BodyOf<E extends keyof Registry, Id extends keyof Registry[E]['requests']> = NonNullable<ValuesOf<Registry[E]['requests'][Id]>['body']>;
