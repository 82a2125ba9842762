/**
 * A recipe as a program's steps, whatever the language: each request step's HTTP call, with a
 * placeholder where a value comes from an earlier step's answer, and each customer step as the
 * webhook event the program reads. The language writers (curl.ts, node.ts, python.ts) turn the
 * placeholders into their own expressions.
 */
import { exampleValues, findRequest, type LooseValues } from '../../requests';
import { toHttpCall, type HttpCall } from '../../requests/http';
import { withFields } from '../bindings';
import type { AnswerField, Recipe } from '../define';

/** A value the program takes from an earlier answer: where it goes, and the placeholder standing for it in the call. */
export interface BoundValue {
  /** Letters, digits and underscores, so that percent-encoding and every literal keep it as it is. */
  readonly placeholder: string;
  readonly from: AnswerField;
  /** In the URL (percent-encoded text) or in the body (a JSON value). */
  readonly place: 'url' | 'body';
}

export type PlannedStep =
  | { readonly kind: 'request'; readonly id: string; readonly call: HttpCall; readonly bound: readonly BoundValue[] }
  | { readonly kind: 'event'; readonly id: string };

export interface ProgramOptions {
  baseUrl: string;
  /** Values that replace the examples', by step and dotted path (a test's webhook address for `body.url`). */
  values?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export function plan(recipe: Recipe, { baseUrl, values = {} }: ProgramOptions): PlannedStep[] {
  let count = 0;
  return recipe.steps.map((step): PlannedStep => {
    if (step.kind === 'customer') return { kind: 'event', id: step.id };
    const spec = findRequest(step.endpoint, step.request)!;
    const bound = step.takes.map(({ into, from }): BoundValue & { into: string } => ({
      into,
      placeholder: `__bound_${count++}__`,
      from,
      place: into.startsWith('body.') ? 'body' : 'url',
    }));
    const placeholders = Object.fromEntries(bound.map(({ into, placeholder }) => [into, placeholder]));
    const stepValues: LooseValues = withFields(withFields(exampleValues(spec, step.example), values[step.id] ?? {}), placeholders);
    return { kind: 'request', id: step.id, call: toHttpCall(spec, stepValues, baseUrl), bound: bound.map(({ into: _into, ...value }) => value) };
  });
}

/** `code` with each bound value's placeholder replaced: `literal` where it is a whole string literal, `within` inside one. */
export function replaceBound(code: string, bound: readonly BoundValue[], write: (value: BoundValue) => { literal: string; within: string }): string {
  return bound.reduce((current, value) => {
    const { literal, within } = write(value);
    return current.split(`"${value.placeholder}"`).join(literal).split(value.placeholder).join(within);
  }, code);
}
