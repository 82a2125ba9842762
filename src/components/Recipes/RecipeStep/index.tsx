import React, { Suspense, lazy } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { findRequest } from '@site/src/requests';
import { recipeStep, type RecipeId, type StepId } from '@site/src/recipes';
import CustomerStep from '../CustomerStep';
import RequestStep from '../RequestStep';
import { useResults } from '../answers';
import styles from './styles.module.css';

// Ajv and the event views come when a step first has events to show.
const StepEvents = lazy(() => import('../StepEvents'));

export interface RecipeStepProps<R extends RecipeId> {
  recipe: R;
  step: StepId<R>;
}

/** One step of a recipe, named by the page, and the webhook events it caused once it has run. */
export default function RecipeStep<R extends RecipeId>({ recipe, step }: RecipeStepProps<R>): React.JSX.Element {
  const found = recipeStep(recipe, step);
  const events = useResults(recipe)[step]?.events ?? [];
  const spec = found.kind === 'request' ? findRequest(found.endpoint, found.request)! : undefined;
  // Names the step's events apart from the other steps' (each list is a region).
  const caused = spec
    ? `${spec.method} ${spec.path}`
    : translate({ id: 'callbell.recipes.customerWrites', message: 'the customer writes', description: "A recipe: names the step in which the customer writes, in the events list's accessible name (Webhook events: the customer writes)" });
  return (
    <div className={styles.step}>
      {found.kind === 'request' ? <RequestStep recipe={recipe} step={found} /> : <CustomerStep recipe={recipe} step={found} />}
      {events.length > 0 && (
        <Suspense
          fallback={
            <p>
              <Translate id="callbell.recipes.loadingEvents" description="A recipe: while the view of a step's webhook events loads">
                Loading the webhook events…
              </Translate>
            </p>
          }
        >
          <StepEvents events={events} causedBy={caused} />
        </Suspense>
      )}
    </div>
  );
}
