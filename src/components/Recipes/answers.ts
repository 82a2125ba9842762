/**
 * What each step of a recipe answered, shared by the steps of its page: a step's "Try it"
 * records its answer here, and the later steps read the values they take from it.
 */
import { useSyncExternalStore } from 'react';

type Answers = Readonly<Record<string, unknown>>;

const byRecipe = new Map<string, Answers>();
const listeners = new Set<() => void>();
const none: Answers = {};

export function recordAnswer(recipe: string, step: string, answer: unknown): void {
  byRecipe.set(recipe, { ...byRecipe.get(recipe), [step]: answer });
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The answers of `recipe`'s steps so far, by step id: none on the server and before the first. */
export function useAnswers(recipe: string): Answers {
  const current = () => byRecipe.get(recipe) ?? none;
  return useSyncExternalStore(subscribe, current, () => none);
}
