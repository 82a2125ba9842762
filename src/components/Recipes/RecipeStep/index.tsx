import React, { useEffect, useState } from 'react';
import { exampleValues, findRequest, type LooseValues } from '@site/src/requests';
import { recipeStep, type RecipeId, type StepId } from '@site/src/recipes';
import { withAnswers } from '@site/src/recipes/bindings';
import RequestBlock from '../../Requests/RequestBlock';
import type { Answer } from '../../Requests/TryIt/send';
import { recordAnswer, useAnswers } from '../answers';
import styles from './styles.module.css';

export interface RecipeStepProps<R extends RecipeId> {
  recipe: R;
  step: StepId<R>;
}

/** A successful answer's JSON; nothing for an error, whose fields no later step should take. */
function answerJson(answer: Answer): unknown {
  if (answer.status >= 300) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(answer.body));
  } catch {
    return undefined;
  }
}

/**
 * One step of a recipe: its request's samples and "Try it", on the in-browser sandbox with its
 * demo token unless the reader chooses otherwise. The values it takes from earlier steps fill
 * its form and its samples as soon as those steps have answered; until then they are the
 * example's.
 */
export default function RecipeStep<R extends RecipeId>({ recipe, step }: RecipeStepProps<R>): React.JSX.Element {
  const found = recipeStep(recipe, step);
  const spec = findRequest(found.endpoint, found.request)!;
  const answers = useAnswers(recipe);
  const [values, setValues] = useState<LooseValues>(() => exampleValues(spec, found.example));
  // A new answer upstream replaces the values it binds, and only those: the reader's other edits stay.
  useEffect(() => setValues((current) => withAnswers(current, found.takes, answers)), [answers, found]);
  const onAnswer = (answer: Answer) => {
    const json = answerJson(answer);
    if (json !== undefined) recordAnswer(recipe, step, json);
  };
  return (
    // data-request and data-example let the page's Markdown copy hold every language's sample (plugins/rehype-readable-page).
    <section className={styles.step} data-request={`${found.endpoint}/${found.request}`} data-example={found.example} aria-label={`Step request: ${spec.method} ${spec.path}`}>
      <RequestBlock spec={spec} values={values} onValuesChange={setValues} onAnswer={onAnswer} inBrowserFirst />
    </section>
  );
}
