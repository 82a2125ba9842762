/**
 * The webhook events a step caused, as the in-browser sandbox would have POSTed them, each
 * checked against its event's payload schema. An event announced ahead (a sent message reaching
 * `delivered` later) shows when its time comes, as the webhook would receive it then. A chunk of
 * its own (Ajv is in it), loaded when a step first has events to show.
 */
import React, { useEffect, useState } from 'react';
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

/** The time, kept current until the last of `events` is due: a timer runs only while one is ahead. */
function useNowUntilDue(events: readonly AccountEvent[]): number {
  const [now, setNow] = useState(Date.now);
  const next = Math.min(...events.map(({ at = 0 }) => at).filter((at) => at > now));
  useEffect(() => {
    if (!Number.isFinite(next)) return undefined;
    const timer = setTimeout(() => setNow(Date.now()), next - Date.now());
    return () => clearTimeout(timer);
  }, [next]);
  return now;
}

/** `causedBy` names the step (its request), so that each step's list is a region of its own name. */
export default function StepEvents({ events, causedBy }: { events: readonly AccountEvent[]; causedBy: string }): React.JSX.Element {
  const now = useNowUntilDue(events);
  const due = events.filter(({ at = 0 }) => at <= now);
  const ahead = events.length - due.length;
  return (
    <section aria-label={`Webhook events: ${causedBy}`}>
      <p>
        The webhook would receive {due.length === 1 ? 'this event' : `these ${due.length} events`}
        {ahead > 0 ? `, and ${ahead} more as the message moves on (each shows here when it happens):` : ':'}
      </p>
      <ol>
        {due.map((event, index) => {
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
