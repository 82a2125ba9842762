/**
 * What each step of a recipe brought back, shared by the steps of its page: its answer, which
 * later steps take values from, and the webhook events it caused in the in-browser sandbox.
 * Kept in sessionStorage, as the in-browser sandbox keeps its data: a reader who reloads the page
 * or comes back to it within the session finds the values of their own steps, which name
 * records that sandbox still holds.
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
const storageKey = (recipe: string) => `callbell-api-docs:recipe:${recipe}`;

/** The session's results of `recipe`, read once; none when storage is refused or holds no JSON. */
function sessionResults(recipe: string): Results {
  if (!byRecipe.has(recipe)) {
    let kept: Results = none;
    try {
      kept = (JSON.parse(sessionStorage.getItem(storageKey(recipe)) ?? 'null') as Results | null) ?? none;
    } catch {
      // Storage refused (a private window's settings) or not JSON: the steps start over.
    }
    byRecipe.set(recipe, kept);
  }
  return byRecipe.get(recipe)!;
}

export function recordResult(recipe: string, step: string, result: StepResult): void {
  byRecipe.set(recipe, { ...sessionResults(recipe), [step]: result });
  try {
    sessionStorage.setItem(storageKey(recipe), JSON.stringify(byRecipe.get(recipe)));
  } catch {
    // Storage refused or full: the page keeps the results until it is left.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What `recipe`'s steps brought back so far, by step id: nothing on the server and before the first. */
export function useResults(recipe: string): Results {
  return useSyncExternalStore(subscribe, () => sessionResults(recipe), () => none);
}

/** The answers alone, by step id, as bindings read them. */
export function answersOf(results: Results): Record<string, unknown> {
  return Object.fromEntries(Object.entries(results).map(([step, { answer }]) => [step, answer]));
}
