import React, { useState } from 'react';
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
    <section aria-label="Step: the customer writes">
      <p>
        <strong>{step.from}</strong> writes: <q>{step.text}</q>
      </p>
      <button type="button" className="button button--outline button--primary" disabled={state === 'sending'} onClick={() => void write()}>
        Have the customer write
      </button>
      <p role="status" className={styles.status}>
        {state === 'heard' && 'The customer wrote: the in-browser sandbox has their message.'}
        {state === 'unheard' && 'The customer wrote, but no webhook would hear of it: subscribe to message_created first (step 1).'}
        {typeof state === 'object' && `Not written: ${state.problem}`}
      </p>
    </section>
  );
}
