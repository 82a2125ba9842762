import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { DEMO_TOKEN, CUSTOMER_MESSAGES_PATH } from '@site/sandbox/address';
import { apiOrigin, auth } from '@site/src/requests';
import type { CustomerStep as Step } from '@site/src/recipes';
import { inBrowserFetch, takeInBrowserEvents } from '../../Requests/TryIt/inBrowser';
import { recordResult } from '../answers';
import styles from './styles.module.css';

/**
 * A step in which the demo customer writes in, in the in-browser sandbox: what a customer's phone
 * does on the real account. Its answer is the `message_created` event's payload.
 */
export default function CustomerStep({ recipe, step }: { recipe: string; step: Step }): React.JSX.Element {
  const [state, setState] = useState<'idle' | 'sending' | 'heard' | 'unheard' | { problem: string }>('idle');
  const write = async () => {
    setState('sending');
    const response = await inBrowserFetch(`${apiOrigin}${CUSTOMER_MESSAGES_PATH}`, {
      method: 'POST',
      headers: { Authorization: `${auth.scheme} ${DEMO_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: step.from, text: step.text }),
    });
    const body = (await response.json()) as { message?: unknown; error?: { message: string } };
    if (!response.ok) {
      setState({ problem: body.error?.message ?? `${response.status}` });
      return;
    }
    const events = await takeInBrowserEvents();
    recordResult(recipe, step.id, { answer: body.message, events });
    setState(events.length > 0 ? 'heard' : 'unheard');
  };
  return (
    <section aria-label={translate({ id: 'callbell.recipes.customerStep.label', message: 'Step: the customer writes', description: 'A recipe: accessible name of the step in which the demo customer writes in' })}>
      <p>
        <Translate
          id="callbell.recipes.customerStep.writes"
          description="A recipe: what the demo customer writes; {customer} is their phone number, {text} the message, from the recipe"
          values={{ customer: <strong>{step.from}</strong>, text: <q>{step.text}</q> }}
        >
          {'{customer} writes: {text}'}
        </Translate>
      </p>
      <button type="button" className="button button--outline button--primary" disabled={state === 'sending'} onClick={() => void write()}>
        <Translate id="callbell.recipes.customerStep.button" description="A recipe: button making the demo customer write in the in-browser sandbox">
          Have the customer write
        </Translate>
      </button>
      <p role="status" className={styles.status}>
        {state === 'heard' &&
          translate({ id: 'callbell.recipes.customerStep.heard', message: 'The customer wrote: the in-browser sandbox has their message.', description: 'A recipe: after the demo customer wrote in' })}
        {state === 'unheard' &&
          translate({
            id: 'callbell.recipes.customerStep.unheard',
            message: 'The customer wrote, but no webhook would hear of it: subscribe to message_created first (step 1).',
            description: 'A recipe: the customer wrote, but no webhook is subscribed; message_created is an event name, keep it as is',
          })}
        {typeof state === 'object' &&
          translate(
            { id: 'callbell.recipes.customerStep.failed', message: 'Not written: {problem}', description: "A recipe: the customer's message was refused; {problem} is the sandbox's error message, in English" },
            { problem: state.problem },
          )}
      </p>
    </section>
  );
}
