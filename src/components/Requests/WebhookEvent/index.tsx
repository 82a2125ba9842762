import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import CodeBlock from '@theme/CodeBlock';
import Link from '@docusaurus/Link';
import { delivered, webhookEventGroups, webhookEventNames, webhookEvents, type WebhookEventName } from '@site/src/requests/webhooks_api/events';
import SchemaTable from '../ObjectFields/SchemaTable';
import { webhookEventPage } from './page';

interface Props {
  name: WebhookEventName;
  /** The payload's fields, or the example of what the subscriber receives. */
  part: 'fields' | 'example';
}

/**
 * One webhook event of the registry: its payload's fields, or the body Callbell posts for the
 * API's example. A page naming an event the registry lacks fails the build, naming the known ones.
 */
export default function WebhookEvent({ name, part }: Props): React.JSX.Element {
  if (!Object.hasOwn(webhookEvents, name)) throw new Error(`<WebhookEvent name="${name}"/>: no such event. Known: ${webhookEventNames.join(', ')}`);
  const { payload, example } = webhookEvents[name];
  switch (part) {
    case 'fields':
      return <SchemaTable schema={payload} table="field" />;
    case 'example':
      return (
        <CodeBlock language="json" title={translate({ id: 'callbell.webhookEvent.requestBody', message: 'request body', description: "A webhook event's page: title of the example of the body Callbell posts" })}>
          {JSON.stringify(delivered(name, example), null, 2)}
        </CodeBlock>
      );
    default: {
      const unknownPart: never = part;
      throw new Error(`<WebhookEvent part="${String(unknownPart)}"/>: the parts are fields and example`);
    }
  }
}

/** Read when the list is drawn, so each is in the reader's language. */
const groupTitles: Record<(typeof webhookEventGroups)[number], () => string> = {
  message_events: () => translate({ id: 'callbell.webhookEvents.group.messages', message: 'Messages', description: 'List of webhook events: what an event is about' }),
  contact_events: () => translate({ id: 'callbell.webhookEvents.group.contacts', message: 'Contacts', description: 'List of webhook events: what an event is about' }),
  agent_events: () => translate({ id: 'callbell.webhookEvents.group.agents', message: 'Agents', description: 'List of webhook events: what an event is about' }),
  conversation_events: () => translate({ id: 'callbell.webhookEvents.group.conversations', message: 'Conversations', description: 'List of webhook events: what an event is about' }),
  team_events: () => translate({ id: 'callbell.webhookEvents.group.teams', message: 'Teams', description: 'List of webhook events: what an event is about' }),
};

/** Every event, by group, linked to its page, with when it is sent. */
export function WebhookEventList(): React.JSX.Element {
  return (
    <table className="field-table">
      <thead>
        <tr>
          <th scope="col">
            <Translate id="callbell.webhookEvents.event" description="List of webhook events: heading of the column of event names">
              Event
            </Translate>
          </th>
          <th scope="col">
            <Translate id="callbell.webhookEvents.about" description="List of webhook events: heading of the column of what each event is about (Messages, Contacts…)">
              About
            </Translate>
          </th>
          <th scope="col">
            <Translate id="callbell.webhookEvents.sentWhen" description="List of webhook events: heading of the column of when each is sent">
              Sent when
            </Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {webhookEventNames.map((name) => (
          <tr key={name}>
            <td>
              <Link to={webhookEventPage(name)}>
                <code>{name}</code>
              </Link>
            </td>
            <td>{groupTitles[webhookEvents[name].group]()}</td>
            <td>{webhookEvents[name].summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
