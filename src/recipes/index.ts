/** Every recipe, by the name its page gives `<RecipeStep recipe=…>`. */
import type { Recipe, Step } from './define';
import { gettingStarted } from './getting-started';

export const recipes = {
  getting_started: gettingStarted,
} as const satisfies Record<string, Recipe>;

export type RecipeId = keyof typeof recipes;
export type StepId<R extends RecipeId> = (typeof recipes)[R]['steps'][number]['id'];

export function recipeStep<R extends RecipeId>(recipeId: R, stepId: StepId<R>): Step {
  const found = (recipes[recipeId].steps as readonly Step[]).find((candidate) => candidate.id === stepId);
  if (!found) throw new Error(`Recipe ${recipeId} has no step ${stepId}`);
  return found;
}

export type { Binding, Recipe, Step } from './define';
