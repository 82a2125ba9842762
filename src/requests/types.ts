/**
 * The vocabulary of the registry: how one API request is described, once.
 * Everything else (code samples, the try-it form, the sandbox's validation,
 * build-time checks) is read off these descriptions, so they stay plain data.
 */
import type { DocumentedError } from './errors';
import type { ReleaseDate, ReleaseMarks } from './releases';
import type { JsonSchema } from './schema';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Described extends ReleaseMarks {
  readonly description: string;
  readonly required?: boolean;
  /** The object type this value is, when the reference has a page for it (`MessageContent`). */
  readonly typeName?: string;
  /** Fields of the same object that must be given too when this one is. */
  readonly requires?: readonly string[];
}

export interface StringParam extends Described {
  readonly type: 'string';
  /** Allowed values. */
  readonly enum?: readonly string[];
  readonly format?: 'email' | 'url';
  /** The longest text allowed, in characters. */
  readonly maxLength?: number;
  /** A value to show where no documented example of the request gives one (the OpenAPI parameter's example). */
  readonly example?: string;
  /** Text of nothing but spaces is refused (a name or a title), as empty text is. */
  readonly notBlank?: true;
  /** `null` is a value too, with a meaning of its own that the description gives (`null` unassigns). */
  readonly nullable?: boolean;
  /** Free text that may run over several lines (a message, a caption, a note): the form gives it a text area. */
  readonly multiline?: true;
}

export interface IntegerParam extends Described {
  readonly type: 'integer';
  readonly minimum?: number;
}

export interface NumberParam extends Described {
  readonly type: 'number';
}

export interface BooleanParam extends Described {
  readonly type: 'boolean';
}

export interface ArrayParam extends Described {
  readonly type: 'array';
  /** What one item is (its `required` is ignored: an item is there or not). */
  readonly items: ParamSpec;
}

/** A nested object whose fields are described one by one. */
export interface ObjectParam extends Described, ObjectShape {
  readonly type: 'object';
}

/** A free object: any keys, string values (`custom_fields`, `metadata`). */
export interface MapParam extends Described {
  readonly type: 'map';
  readonly maxEntries?: number;
  readonly maxKeyLength?: number;
  readonly maxValueLength?: number;
  /**
   * Numbers are accepted as values and stored as their text (`123` → `"123"`), though the
   * API's tables ask for strings, because its own examples send them. `why` says so on the page.
   */
  readonly numbersAsText?: { readonly why: string };
  /** Values may also be lists of strings (a checkbox custom field takes the options ticked). */
  readonly listValues?: boolean;
}

export type ParamSpec = StringParam | IntegerParam | NumberParam | BooleanParam | ArrayParam | ObjectParam | MapParam;
export type ParamKind = ParamSpec['type'];

export type ParamGroup = { readonly [name: string]: ParamSpec };
export type ParamLocation = 'path' | 'query' | 'body';

/**
 * An object's fields (a request body, or a nested object): the fields every value has, those
 * that depend on the value of one field (`variants`), and which fields must be given together.
 */
export interface ObjectShape {
  readonly fields: ParamGroup;
  /** Further fields chosen by the value of the `by` field (an enum of `fields`): one case per value. */
  readonly variants?: { readonly by: string; readonly cases: { readonly [value: string]: ParamGroup } };
  /** Each list names fields of which at least one must be given (`to` or `bsuid`). */
  readonly anyOf?: readonly (readonly string[])[];
}

/** The TypeScript type of a value for one parameter, through any nesting. */
export type ValueOf<S> = S extends { readonly type: 'integer' | 'number' }
  ? number
  : S extends { readonly type: 'boolean' }
    ? boolean
    : S extends { readonly type: 'string'; readonly enum: readonly (infer Allowed)[] }
      ? Allowed
      : S extends { readonly type: 'string' }
        ? string | (S extends { readonly nullable: true } ? null : never)
        : S extends { readonly type: 'array'; readonly items: infer Item }
          ? ValueOf<Item>[]
          : S extends { readonly type: 'map' }
            ? Record<string, string | (S extends { readonly numbersAsText: object } ? number : never) | (S extends { readonly listValues: true } ? string[] : never)>
            : S extends { readonly type: 'object' } & ObjectShape
              ? ShapeValues<S>
              : never;

type RequiredNames<G extends ParamGroup> = {
  [K in keyof G]: G[K] extends { readonly required: true } ? K : never;
}[keyof G];

/** Values for a parameter group: required parameters must be present. */
export type GroupValues<G extends ParamGroup> = {
  -readonly [K in RequiredNames<G>]: ValueOf<G[K]>;
} & {
  -readonly [K in Exclude<keyof G, RequiredNames<G>>]?: ValueOf<G[K]>;
};

/** One case of a variant object: the shared fields, the case's own, and the selector fixed to the case. */
type CaseValues<S extends ObjectShape, By extends string, Cases, K extends keyof Cases> = Cases[K] extends ParamGroup
  ? Omit<GroupValues<S['fields'] & Cases[K]>, By> & { -readonly [P in By]: K }
  : never;

type VariantValues<S extends ObjectShape> = S['variants'] extends { readonly by: infer By extends string; readonly cases: infer Cases }
  ? { [K in keyof Cases]: CaseValues<S, By, Cases, K> }[keyof Cases]
  : GroupValues<S['fields']>;

/** At least one field of each `anyOf` list is present. */
type AnyOfValues<S extends ObjectShape> = S['anyOf'] extends readonly (infer List)[]
  ? List extends readonly (infer Name extends string)[]
    ? { [N in Name]: { [M in N]-?: unknown } }[Name]
    : unknown
  : unknown;

/** Values of an object shape: a request body, or a nested object. */
export type ShapeValues<S extends ObjectShape> = VariantValues<S> & AnyOfValues<S>;

/** `'/contacts/phone/:phone_number'` → `'phone_number'`. */
export type PathParamNames<Path extends string> =
  Path extends `${string}:${infer Name}/${infer Rest}`
    ? Name | PathParamNames<`/${Rest}`>
    : Path extends `${string}:${infer Name}`
      ? Name
      : never;

/** Every `:name` in the path template is described, and only those; all are required. */
export type PathParams<Path extends string> = {
  readonly [K in PathParamNames<Path>]: StringParam & { readonly required: true };
};

export interface RequestValues<
  P extends ParamGroup = ParamGroup,
  Q extends ParamGroup = ParamGroup,
  B extends ObjectShape | null = ObjectShape | null,
> {
  path: GroupValues<P>;
  query: GroupValues<Q>;
  /** Absent for requests that send no body. */
  body?: B extends ObjectShape ? ShapeValues<B> : never;
}

/** Untyped values, as a form or a test builds them at run time. */
export interface LooseValues {
  path: Record<string, string>;
  query: Record<string, string | number | boolean | undefined>;
  body?: Record<string, unknown>;
}

/** A named example of a request: one documented use of it. */
export type RequestExample<V = LooseValues> = V & {
  /** What the example shows, as a heading or a menu would name it ("Image with a caption"). */
  readonly summary: string;
};

export interface ResponseExample {
  readonly summary: string;
  readonly value: unknown;
}

export interface ResponseSpec {
  readonly status: number;
  readonly description: string;
  /** The body's schema and the documented body; both absent when the answer has none (204). */
  readonly schema?: JsonSchema;
  readonly example?: unknown;
  /** Further documented bodies of the same answer, by name (`fields_contact`). */
  readonly otherExamples?: { readonly [name: string]: ResponseExample };
}

export interface RequestSpec<
  Path extends string = string,
  P extends ParamGroup = ParamGroup,
  Q extends ParamGroup = ParamGroup,
  B extends ObjectShape | null = ObjectShape | null,
  X extends string = string,
  Res extends ResponseSpec = ResponseSpec,
> extends ReleaseMarks {
  readonly method: HttpMethod;
  /** Path below the base URL, with `:name` placeholders. */
  readonly path: Path;
  readonly summary: string;
  readonly params: {
    readonly path: P;
    readonly query: Q;
    /** `null` when the request sends no body. */
    readonly body: B;
  };
  /**
   * The documented examples, by name, typed by `defineRequest`; the first is the one a page
   * shows unless it names another, and what the try-it form starts from.
   */
  readonly examples: { readonly [K in X]: RequestExample };
  readonly response: Res;
  /**
   * The errors of this request: its 404 when the path names a record, its 422 with an example of
   * its own, and any error only it has. The wrong token and the rate limit, which every request
   * shares, are added by `errorsOf`.
   */
  readonly errors: readonly DocumentedError[];
  /** Irreversible requests ask for confirmation before they go to a real API. */
  readonly destructive?: boolean;
}

export interface EndpointGroup {
  readonly title: string;
  /** The release that added the whole group (its requests are marked only when they came later). */
  readonly since?: ReleaseDate;
  /** What the group's requests are about, in a sentence (OpenAPI's tag description). */
  readonly description: string;
  readonly requests: { readonly [id: string]: RequestSpec };
}

export interface AuthSpec {
  readonly scheme: 'Bearer';
  /** Environment variable the code samples read the token from. */
  readonly tokenEnvVar: string;
}
