/**
 * What each request does in the sandbox, given its checked values, typed from its description
 * in the registry: a request without a handler does not compile, and a request documented as
 * answering 204 has a handler that returns nothing.
 */
import type { Registry } from '../../src/requests';
import type { EventSink } from './events';
import { groups } from './groups';
import type { Clock, Store } from './store';
import type { ValuesOf } from './values';

/** What a handler works with: the account, the time, and where to announce what happened. */
export interface HandlerContext {
  store: Store;
  now: Clock;
  emit: EventSink;
}

/** A 204 has no body; every other answer is a JSON object. */
type AnswerOf<S> = S extends { readonly response: { readonly status: 204 } } ? void : object;

export type Handler<S> = (context: HandlerContext, values: ValuesOf<S>) => AnswerOf<S>;

export type Handlers = {
  [Group in keyof Registry]: { [Id in keyof Registry[Group]['requests']]: Handler<Registry[Group]['requests'][Id]> };
};

export type GroupHandlers<G extends keyof Registry> = Handlers[G];

/** Each group's handlers, from its module in groups/. */
export const handlers: Handlers = Object.fromEntries(Object.entries(groups).map(([id, group]) => [id, group.handlers])) as Handlers;
