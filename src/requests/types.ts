/**
 * The vocabulary of the registry: how one API request is described, once.
 * Everything else (code samples, the try-it form, the sandbox's validation,
 * build-time checks) is read off these descriptions, so they stay plain data.
 */
import type { JsonSchema } from './schema';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Value types a parameter can have, named as the reference tables name them. */
export type ParamType = 'string' | 'integer' | 'string[]' | 'string{}';

export interface ParamSpec {
  readonly type: ParamType;
  readonly description: string;
  readonly required?: boolean;
  /** Allowed values of a `string` parameter. */
  readonly enum?: readonly string[];
  readonly format?: 'email';
  readonly minimum?: number;
  /**
   * Numbers are accepted as values of this `string{}` and stored as their text (`123` →
   * `"123"`), though the API's tables ask for strings, because its own examples send them.
   * `why` says so on the page.
   */
  readonly numbersAsText?: { readonly why: string };
}

export type ParamGroup = { readonly [name: string]: ParamSpec };
export type ParamLocation = 'path' | 'query' | 'body';

/** The TypeScript type of a value for one parameter. */
export type ValueOf<S extends ParamSpec> = S['type'] extends 'integer'
  ? number
  : S['type'] extends 'string[]'
    ? string[]
    : S['type'] extends 'string{}'
      ? Record<string, S extends { readonly numbersAsText: object } ? string | number : string>
      : S extends { readonly enum: readonly (infer Allowed)[] }
        ? Allowed
        : string;

type RequiredNames<G extends ParamGroup> = {
  [K in keyof G]: G[K] extends { readonly required: true } ? K : never;
}[keyof G];

/** Values for a parameter group: required parameters must be present. */
export type GroupValues<G extends ParamGroup> = {
  -readonly [K in RequiredNames<G>]: ValueOf<G[K]>;
} & {
  -readonly [K in Exclude<keyof G, RequiredNames<G>>]?: ValueOf<G[K]>;
};

/** `'/contacts/phone/:phone_number'` → `'phone_number'`. */
export type PathParamNames<Path extends string> =
  Path extends `${string}:${infer Name}/${infer Rest}`
    ? Name | PathParamNames<`/${Rest}`>
    : Path extends `${string}:${infer Name}`
      ? Name
      : never;

/** Every `:name` in the path template is described, and only those; all are required. */
export type PathParams<Path extends string> = {
  readonly [K in PathParamNames<Path>]: ParamSpec & { readonly required: true };
};

export interface RequestValues<
  P extends ParamGroup = ParamGroup,
  Q extends ParamGroup = ParamGroup,
  B extends ParamGroup = ParamGroup,
> {
  path: GroupValues<P>;
  query: GroupValues<Q>;
  /** Absent for requests that send no body. */
  body?: GroupValues<B>;
}

/** Untyped values, as a form or a test builds them at run time. */
export interface LooseValues {
  path: Record<string, string>;
  query: Record<string, string | number | undefined>;
  body?: Record<string, unknown>;
}

export interface ResponseSpec {
  readonly status: number;
  readonly description: string;
  readonly schema: JsonSchema;
  readonly example: unknown;
}

export interface RequestSpec<
  Path extends string = string,
  P extends ParamGroup = ParamGroup,
  Q extends ParamGroup = ParamGroup,
  B extends ParamGroup = ParamGroup,
> {
  readonly method: HttpMethod;
  /** Path below the base URL, with `:name` placeholders. */
  readonly path: Path;
  readonly summary: string;
  readonly params: {
    readonly path: P;
    readonly query: Q;
    /** `null` when the request sends no body. */
    readonly body: B | null;
  };
  /** The documented example: what the samples and the try-it form start from (typed by `defineRequest`). */
  readonly example: LooseValues;
  readonly response: ResponseSpec;
  /** Irreversible requests ask for confirmation before they go to a real API. */
  readonly destructive?: boolean;
}

export interface EndpointGroup {
  readonly title: string;
  readonly requests: { readonly [id: string]: RequestSpec };
}

export interface AuthSpec {
  readonly scheme: 'Bearer';
  /** Environment variable the code samples read the token from. */
  readonly tokenEnvVar: string;
}
