/**
 * The webhook events a step caused, as the in-browser sandbox would have POSTed them, each
 * checked against its event's payload schema. A chunk of its own (Ajv is in it), loaded when a
 * step first has events to show.
 */
import React from 'react';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import CodeBlock from '@theme/CodeBlock';
import type { AccountEvent } from '@site/sandbox/core/events';
import { delivered, webhookEvents } from '@site/src/requests/webhooks_api/events';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

/** "Matches …" or the schema's complaints, in words. */
function verdict({ event, payload }: AccountEvent): { valid: boolean; text: string } {
  const validate = ajv.getSchema(event) ?? (ajv.addSchema(webhookEvents[event].payload, event), ajv.getSchema(event)!);
  if (validate(payload)) return { valid: true, text: `Matches the documented schema of the ${event} event.` };
  return { valid: false, text: `Does not match the ${event} event's schema: ${ajv.errorsText(validate.errors)}` };
}

/** `causedBy` names the step (its request), so that each step's list is a region of its own name. */
export default function StepEvents({ events, causedBy }: { events: readonly AccountEvent[]; causedBy: string }): React.JSX.Element {
  return (
    <section aria-label={`Webhook events: ${causedBy}`}>
      <p>
        The webhook would receive {events.length === 1 ? 'this event' : `these ${events.length} events`}:
      </p>
      <ol>
        {events.map((event, index) => {
          const { valid, text } = verdict(event);
          return (
            <li key={index}>
              <code>{event.event}</code>: <span className={valid ? undefined : 'text--danger'}>{text}</span>
              <CodeBlock language="json">{JSON.stringify(delivered(event.event, event.payload), null, 2)}</CodeBlock>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
