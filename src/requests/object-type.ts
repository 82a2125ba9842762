/**
 * How an object type is described for its page: by a JSON schema whose properties carry their
 * descriptions, by the variants of a request body, or as a list of values with their meanings.
 * Each group lists its own in `<group>/object-types.ts`; `object-types.ts` gathers them.
 */
import type { JsonSchema } from './schema';
import type { ObjectShape } from './types';

/** An object described by a JSON schema whose properties carry their descriptions. */
export interface SchemaObjectType {
  readonly kind: 'schema';
  readonly schema: JsonSchema;
  readonly example?: unknown;
}

/**
 * An object whose fields depend on a field of the object that holds it: `content`, whose
 * fields depend on the message's `type`. `holder` is that object; `field` is this one's name
 * in each of its variant cases.
 */
export interface VariantObjectType {
  readonly kind: 'variants';
  readonly holder: ObjectShape & { readonly variants: NonNullable<ObjectShape['variants']> };
  readonly field: string;
}

/** A set of values, each with what it means. */
export interface EnumType {
  readonly kind: 'enum';
  readonly values: readonly string[];
  readonly meanings: { readonly [value: string]: string };
}

export type ObjectTypeSpec = SchemaObjectType | VariantObjectType | EnumType;

/** An enum type whose every value must be given a meaning (a missing one does not compile). */
export function enumType<const V extends readonly string[]>(values: V, meanings: { readonly [K in V[number]]: string }): EnumType {
  return { kind: 'enum', values, meanings };
}

