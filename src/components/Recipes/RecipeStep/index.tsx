import React, { Suspense, lazy } from 'react';
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
  const caused = spec ? `${spec.method} ${spec.path}` : 'the customer writes';
  return (
    <div className={styles.step}>
      {found.kind === 'request' ? <RequestStep recipe={recipe} step={found} /> : <CustomerStep recipe={recipe} step={found} />}
      {events.length > 0 && (
        <Suspense fallback={<p>Loading the webhook events…</p>}>
          <StepEvents events={events} causedBy={caused} />
        </Suspense>
      )}
    </div>
  );
}
