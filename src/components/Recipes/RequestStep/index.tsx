import React, { useEffect, useMemo, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import { exampleValues, findRequest, type LooseValues } from '@site/src/requests';
import type { RequestStep as Step } from '@site/src/recipes';
import { withAnswers } from '@site/src/recipes/bindings';
import RequestBlock from '../../Requests/RequestBlock';
import { takeInBrowserEvents } from '../../Requests/TryIt/inBrowser';
import type { Answer } from '../../Requests/TryIt/send';
import { answersOf, recordResult, useResults } from '../answers';

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
 * A step that sends a request: its samples and "Try it", on the in-browser sandbox with its demo
 * token unless the reader chooses otherwise. The values it takes from earlier steps fill its form
 * and its samples as soon as those steps have answered; until then they are the example's.
 */
export default function RequestStep({ recipe, step }: { recipe: string; step: Step }): React.JSX.Element {
  const spec = findRequest(step.endpoint, step.request)!;
  const results = useResults(recipe);
  const answers = useMemo(() => answersOf(results), [results]);
  const [values, setValues] = useState<LooseValues>(() => exampleValues(spec, step.example));
  // A new answer upstream replaces the values it binds, and only those: the reader's other edits stay.
  useEffect(() => setValues((current) => withAnswers(current, step.takes, answers)), [answers, step]);
  const onAnswer = async (answer: Answer) => {
    recordResult(recipe, step.id, { answer: answerJson(answer), events: await takeInBrowserEvents() });
  };
  return (
    // data-request and data-example let the page's Markdown copy hold every language's sample (plugins/rehype-readable-page).
    <section data-request={`${step.endpoint}/${step.request}`} data-example={step.example} aria-label={translate(
        { id: 'callbell.recipes.requestStep.label', message: 'Step request: {method} {path}', description: 'A recipe: accessible name of a step that sends a request; {method} is GET, POST…, {path} the request path' },
        { method: spec.method, path: spec.path },
      )}
    >
      <RequestBlock spec={spec} values={values} onValuesChange={setValues} onAnswer={(answer) => void onAnswer(answer)} inBrowserFirst />
    </section>
  );
}
