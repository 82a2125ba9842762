/**
 * What each step of a recipe brought back, shared by the steps of its page: its answer, which
 * later steps take values from, and the webhook events it caused in the in-browser sandbox.
 */
import { useSyncExternalStore } from 'react';
import type { AccountEvent } from '@site/sandbox/core/events';

export interface StepResult {
  /** The answer's JSON; absent after an error answer, whose fields no later step should take. */
  readonly answer?: unknown;
  readonly events: readonly AccountEvent[];
}

type Results = Readonly<Record<string, StepResult>>;

const byRecipe = new Map<string, Results>();
const listeners = new Set<() => void>();
const none: Results = {};

export function recordResult(recipe: string, step: string, result: StepResult): void {
  byRecipe.set(recipe, { ...byRecipe.get(recipe), [step]: result });
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What `recipe`'s steps brought back so far, by step id: nothing on the server and before the first. */
export function useResults(recipe: string): Results {
  const current = () => byRecipe.get(recipe) ?? none;
  return useSyncExternalStore(subscribe, current, () => none);
}

/** The answers alone, by step id, as bindings read them. */
export function answersOf(results: Results): Record<string, unknown> {
  return Object.fromEntries(Object.entries(results).map(([step, { answer }]) => [step, answer]));
}
