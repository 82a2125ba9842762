/** Every recipe, by the name its page gives `<RecipeStep recipe=…>`. */
import type { Recipe, Step } from './define';
import { appointmentReminder } from './appointment-reminder';
import { botReply } from './bot-reply';
import { crmContact } from './crm-contact';
import { orderConfirmation } from './order-confirmation';
import { gettingStarted } from './getting-started';

export const recipes = {
  getting_started: gettingStarted,
  bot_reply: botReply,
  crm_contact: crmContact,
  order_confirmation: orderConfirmation,
  appointment_reminder: appointmentReminder,
} as const satisfies Record<string, Recipe>;

export type RecipeId = keyof typeof recipes;
export type StepId<R extends RecipeId> = (typeof recipes)[R]['steps'][number]['id'];

/** The step `stepId` of a recipe, typed as its kind; an unknown one (from an MDX page) fails the build. */
export function recipeStep<R extends RecipeId, S extends StepId<R>>(recipeId: R, stepId: S): Extract<(typeof recipes)[R]['steps'][number], { id: S }> {
  const found = (recipes[recipeId].steps as readonly Step[]).find((candidate) => candidate.id === stepId);
  if (!found) throw new Error(`Recipe ${recipeId} has no step ${stepId}`);
  return found as Extract<(typeof recipes)[R]['steps'][number], { id: S }>;
}

export type { Binding, CustomerStep, Recipe, RequestStep, Step } from './define';
