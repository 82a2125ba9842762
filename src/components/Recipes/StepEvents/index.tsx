/**
 * The webhook events a step caused, as the in-browser sandbox would have POSTed them, each
 * checked against its event's payload schema. An event announced ahead (a sent message reaching
 * `delivered` later) shows when its time comes, as the webhook would receive it then. A chunk of
 * its own (Ajv is in it), loaded when a step first has events to show.
 */
import React, { useEffect, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import CodeBlock from '@theme/CodeBlock';
import type { AccountEvent } from '@site/sandbox/core/events';
import { delivered, webhookEvents } from '@site/src/requests/webhooks_api/events';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

/** "Matches …" or the schema's complaints, in words. */
function verdict({ event, payload }: AccountEvent): { valid: boolean; text: string } {
  const validate = ajv.getSchema(event) ?? (ajv.addSchema(webhookEvents[event].payload, event), ajv.getSchema(event)!);
  if (validate(payload)) {
    return {
      valid: true,
      text: translate({ id: 'callbell.recipes.events.matches', message: 'Matches the documented schema of the {event} event.', description: "A recipe: a webhook event's payload is as documented; {event} is the event's name (message_created)" }, { event }),
    };
  }
  return {
    valid: false,
    text: translate(
      { id: 'callbell.recipes.events.differs', message: "Does not match the {event} event's schema: {why}", description: "A recipe: a webhook event's payload is not as documented; {event} is the event's name, {why} the schema checker's English message" },
      { event, why: ajv.errorsText(validate.errors) },
    ),
  };
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

/** The sentence above a step's events: how many have come, and whether more will. */
function receivesText(due: number, ahead: number): string {
  if (ahead > 0) {
    return due === 1
      ? translate(
          {
            id: 'callbell.recipes.events.oneAndMore',
            message: 'The webhook would receive this event, and {ahead} more as the message moves on (each shows here when it happens):',
            description: 'A recipe, above the one webhook event a step caused so far; {ahead} is how many more will come',
          },
          { ahead },
        )
      : translate(
          {
            id: 'callbell.recipes.events.severalAndMore',
            message: 'The webhook would receive these {count} events, and {ahead} more as the message moves on (each shows here when it happens):',
            description: 'A recipe, above the webhook events a step caused so far; {count} is how many are shown, {ahead} how many more will come',
          },
          { count: due, ahead },
        );
  }
  return due === 1
    ? translate({ id: 'callbell.recipes.events.one', message: 'The webhook would receive this event:', description: 'A recipe, above the one webhook event a step caused' })
    : translate({ id: 'callbell.recipes.events.several', message: 'The webhook would receive these {count} events:', description: 'A recipe, above the webhook events a step caused; {count} is how many' }, { count: due });
}

/** `causedBy` names the step (its request), so that each step's list is a region of its own name. */
export default function StepEvents({ events, causedBy }: { events: readonly AccountEvent[]; causedBy: string }): React.JSX.Element {
  const now = useNowUntilDue(events);
  const due = events.filter(({ at = 0 }) => at <= now);
  const ahead = events.length - due.length;
  return (
    <section aria-label={translate({ id: 'callbell.recipes.events.label', message: 'Webhook events: {step}', description: 'A recipe: accessible name of the list of the webhook events a step caused; {step} names the step (POST /messages/send)' }, { step: causedBy })}>
      <p>{receivesText(due.length, ahead)}</p>
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
