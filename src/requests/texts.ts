/**
 * The registry's prose that pages show, one string each: descriptions, summaries, the sentence
 * saying when an error comes, what each value of a list means. These are what a translated page
 * shows in its language (i18n/<locale>/registry.json); names, examples and the API's own answers
 * are not among them, since they stay the same in every language.
 */
import { errorsOf } from './errors';
import type { ObjectTypeSpec } from './object-type';
import type { ReleaseMarks } from './releases';
import type { JsonSchema } from './schema';
import type { EndpointGroup, ObjectShape, ParamSpec, RequestSpec } from './types';

const changeText = ({ change }: ReleaseMarks): string[] => (change ? [change.text] : []);

function schemaTexts(schema: JsonSchema): string[] {
  const own = 'description' in schema && schema.description ? [schema.description] : [];
  const inner =
    'anyOf' in schema
      ? schema.anyOf.flatMap(schemaTexts)
      : schema.type === 'array'
        ? schemaTexts(schema.items)
        : schema.type === 'object'
          ? [
              ...Object.values(schema.properties ?? {}).flatMap(schemaTexts),
              ...(typeof schema.additionalProperties === 'object' ? schemaTexts(schema.additionalProperties) : []),
            ]
          : [];
  return [...own, ...changeText(schema), ...inner];
}

function paramTexts(spec: ParamSpec): string[] {
  const inner =
    spec.type === 'array' ? paramTexts(spec.items) : spec.type === 'object' ? shapeTexts(spec) : spec.type === 'map' && spec.numbersAsText ? [spec.numbersAsText.why] : [];
  return [spec.description, ...changeText(spec), ...inner];
}

function shapeTexts(shape: ObjectShape): string[] {
  const cases = Object.values(shape.variants?.cases ?? {});
  return [shape.fields, ...cases].flatMap((group) => Object.values(group).flatMap(paramTexts));
}

function requestTexts(spec: RequestSpec): string[] {
  const { path, query, body } = spec.params;
  return [
    spec.summary,
    ...changeText(spec),
    ...[path, query].flatMap((group) => Object.values(group).flatMap(paramTexts)),
    ...(body ? shapeTexts(body) : []),
    ...Object.values(spec.examples).map(({ summary }) => summary),
    spec.response.description,
    ...(spec.response.schema ? schemaTexts(spec.response.schema) : []),
    ...Object.values(spec.response.otherExamples ?? {}).map(({ summary }) => summary),
    ...errorsOf(spec).map(({ when }) => when),
  ];
}

/** The prose of a group's page and requests, each text once. */
export function groupTexts(group: EndpointGroup): string[] {
  return [...new Set([group.description, ...Object.values(group.requests).flatMap(requestTexts)])];
}

/** The prose of an object type's page, each text once. */
export function objectTypeTexts(spec: ObjectTypeSpec): string[] {
  const texts = spec.kind === 'schema' ? schemaTexts(spec.schema) : spec.kind === 'variants' ? shapeTexts(spec.holder) : Object.values(spec.meanings);
  return [...new Set(texts)];
}
