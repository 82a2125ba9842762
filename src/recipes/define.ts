/**
 * A recipe is a page's chain of requests, as typed data: each step names a registry request and
 * one of its examples, and may take some of its values from what an earlier step answered. A
 * wrong request, example, parameter or answer field does not compile.
 */
import type { EndpointId, ExampleName, Registry, RequestId } from '../requests';
import type { textMessageExample } from '../requests/webhooks_api/events';
import type { ObjectShape, ParamGroup, RequestValues } from '../requests/types';

type Leaf = string | number | boolean | null | undefined;

/** The dotted paths of the values in `T` that are not objects: `message.uuid`, `path.uuid`. Lists are values. */
export type FieldPath<T> = T extends Leaf | readonly unknown[]
  ? never
  : { [K in keyof T & string]-?: NonNullable<T[K]> extends Leaf | readonly unknown[] ? K : K | `${K}.${FieldPath<NonNullable<T[K]>>}` }[keyof T & string];

type SpecOf<E extends EndpointId, R extends RequestId<E>> = Registry[E]['requests'][R];

/** What a request answers, as its documented examples show it (the fields some requests add on demand included). */
export type AnswerOf<E extends EndpointId, R extends RequestId<E>> =
  | (SpecOf<E, R> extends { readonly response: { readonly example: infer A } } ? A : never)
  | (SpecOf<E, R> extends { readonly response: { readonly otherExamples: { readonly [name: string]: { readonly value: infer V } } } } ? V : never);

/** The values a request takes: its path, query and body, as its parameters describe them. */
export type ValuesOf<E extends EndpointId, R extends RequestId<E>> = SpecOf<E, R> extends {
  readonly params: { readonly path: infer P extends ParamGroup; readonly query: infer Q extends ParamGroup; readonly body: infer B extends ObjectShape | null };
}
  ? RequestValues<P, Q, B>
  : never;

/** A field of an earlier step's answer. */
export interface AnswerField {
  readonly step: string;
  readonly field: string;
}

/** "The value at `into` (`path.uuid`) is the field `from` of an earlier step's answer." */
export interface Binding {
  readonly into: string;
  readonly from: AnswerField;
}

/** A step that sends a request of the registry. */
export interface RequestStep<I extends string = string> {
  readonly kind: 'request';
  readonly id: I;
  readonly endpoint: EndpointId;
  readonly request: string;
  readonly example: string;
  readonly takes: readonly Binding[];
}

/**
 * A step in which a customer writes in: the sandbox's own request (POST /v1/sandbox/customer_messages),
 * whose answer is the `message_created` event the webhook receives. On the real account, a phone does it.
 */
export interface CustomerStep<I extends string = string> {
  readonly kind: 'customer';
  readonly id: I;
  /** The customer's phone number: a WhatsApp contact of the demo account. */
  readonly from: string;
  readonly text: string;
}

export type Step<I extends string = string> = RequestStep<I> | CustomerStep<I>;

export interface Recipe<S extends Step = Step> {
  readonly id: string;
  readonly steps: readonly S[];
}

/**
 * A step: request `request` of `endpoint` with the values of its example `example`, those named
 * in `takes` replaced by fields of earlier answers once they are known. `answer(field)` names a
 * field of this step's answer, for a later step to take.
 */
export function step<const I extends string, E extends EndpointId, R extends RequestId<E>, X extends ExampleName<E, R>>(
  id: I,
  endpoint: E,
  request: R,
  example: X,
  takes: { readonly [P in FieldPath<ValuesOf<E, R>>]?: AnswerField } = {},
): RequestStep<I> & { answer: (field: FieldPath<AnswerOf<E, R>>) => AnswerField } {
  return {
    kind: 'request',
    id,
    endpoint,
    request,
    example,
    takes: Object.entries(takes as Record<string, AnswerField>).map(([into, from]) => ({ into, from })),
    answer: (field) => ({ step: id, field }),
  };
}

/** A customer writes `text` from `from`; `answer(field)` names a field of the `message_created` event's payload. */
export function customerWrites<const I extends string>(id: I, from: string, text: string): CustomerStep<I> & { answer: (field: FieldPath<typeof textMessageExample>) => AnswerField } {
  return { kind: 'customer', id, from, text, answer: (field) => ({ step: id, field }) };
}

/** A recipe of `steps`, in order: a step may take values only from the steps before it. */
export function recipe<const S extends Step>(id: string, steps: readonly S[]): Recipe<S> {
  steps.forEach((current, index) => {
    for (const { from } of current.kind === 'request' ? current.takes : []) {
      if (!steps.slice(0, index).some((earlier) => earlier.id === from.step)) {
        throw new Error(`Recipe ${id}: step ${current.id} takes ${from.field} of step ${from.step}, which does not come before it`);
      }
    }
  });
  return { id, steps };
}
