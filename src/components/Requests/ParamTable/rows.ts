/**
 * Parameters as the rows of a reference table, read from the registry: a nested field right
 * under its parent (`content.text`), the fields of list items (`items[].name`), and the fields
 * that exist only for some values of a selector (`content` by `type`), marked with those values.
 * Pure, so it is tested without a page. What a row says in words is in words.ts.
 */
// Relative imports: the build-time page check (plugins/) loads this module in Node, where `@site` means nothing.
import type { ObjectShape, ParamLocation, ParamSpec, RequestSpec } from '../../../requests/types';

/** A field that exists only when the selector `by` (a path, like the rows') has one of `values`. */
export interface Condition {
  readonly by: string;
  readonly values: readonly string[];
}

export interface ParamRow {
  readonly location: ParamLocation;
  /** The field's place below its location: `to`, `content.text`, `items[].name`. */
  readonly path: string;
  readonly spec: ParamSpec;
  /** Whether it must be given wherever its parent is (and its conditions hold). */
  readonly required: boolean;
  /** 0 for a parameter of the request, 1 for a field of one of them, and so on. */
  readonly depth: number;
  readonly conditions: readonly Condition[];
  /** The other fields of its object of which it or one of them must be given (`to` or `bsuid`). */
  readonly orElse: readonly string[];
}

interface Place {
  readonly location: ParamLocation;
  /** What the names of the fields here start with: `''`, `'content.'`, `'tags[].'`. */
  readonly prefix: string;
  readonly depth: number;
  readonly conditions: readonly Condition[];
}

/** The rows of an object's fields: the shared ones, then each variant field once per distinct form. */
export function shapeRows(shape: ObjectShape, place: Place): ParamRow[] {
  const orElse = (name: string) => (shape.anyOf ?? []).filter((names) => names.includes(name)).flatMap((names) => names.filter((other) => other !== name));
  const row = (name: string, spec: ParamSpec, conditions: readonly Condition[]): ParamRow[] => {
    const here: ParamRow = {
      location: place.location,
      path: `${place.prefix}${name}`,
      spec,
      required: spec.required === true,
      depth: place.depth,
      conditions,
      orElse: orElse(name),
    };
    return [here, ...childRows(spec, { ...place, prefix: here.path, conditions })];
  };
  const shared = Object.entries(shape.fields).flatMap(([name, spec]) => row(name, spec, place.conditions));
  const variant = variantForms(shape).flatMap(({ name, spec, values }) =>
    row(name, spec, [...place.conditions, { by: `${place.prefix}${shape.variants!.by}`, values }]),
  );
  return [...shared, ...variant];
}

/** The rows below a field: an object's fields, or what one item of a list holds. */
function childRows(spec: ParamSpec, place: Place & { readonly prefix: string }): ParamRow[] {
  switch (spec.type) {
    case 'object':
      return shapeRows(spec, { ...place, prefix: `${place.prefix}.`, depth: place.depth + 1 });
    case 'array':
      return childRows(spec.items, { ...place, prefix: `${place.prefix}[]` });
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'map':
      return [];
    default: {
      const unknownKind: never = spec;
      throw new Error(`No rows for parameter kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/**
 * Each variant field once per distinct description, with the selector values that share it
 * (`content` of a document, an audio and a video message is one form). Descriptions are plain
 * data built the same way, so equal ones serialise alike.
 */
function variantForms(shape: ObjectShape): { name: string; spec: ParamSpec; values: string[] }[] {
  const forms: { name: string; spec: ParamSpec; values: string[]; key: string }[] = [];
  for (const [value, group] of Object.entries(shape.variants?.cases ?? {})) {
    for (const [name, spec] of Object.entries(group)) {
      const key = `${name}\u0000${JSON.stringify(spec)}`;
      const same = forms.find((form) => form.key === key);
      if (same) same.values.push(value);
      else forms.push({ name, spec, values: [value], key });
    }
  }
  // Keep each field's forms together, in the order the field first appears.
  const names = [...new Set(forms.map((form) => form.name))];
  return names.flatMap((name) => forms.filter((form) => form.name === name)).map(({ name, spec, values }) => ({ name, spec, values }));
}

const locations: readonly ParamLocation[] = ['path', 'query', 'body'];

/** The parameters a request takes in one place, as one object's fields. */
function locationShape(spec: RequestSpec, location: ParamLocation): ObjectShape | null {
  return location === 'body' ? spec.params.body : { fields: spec.params[location] };
}

/** Where a request takes parameters, in the order its page lists them: path, query, body. */
export function paramLocations(spec: RequestSpec): ParamLocation[] {
  return locations.filter((location) => Object.keys(locationShape(spec, location)?.fields ?? {}).length > 0);
}

/** The rows of a request's parameters in one place (path, query or body), each with the fields below it. */
export function requestRows(spec: RequestSpec, location: ParamLocation): ParamRow[] {
  const shape = locationShape(spec, location);
  return shape ? shapeRows(shape, { location, prefix: '', depth: 0, conditions: [] }) : [];
}
