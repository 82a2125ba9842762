import React from 'react';
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
        <CodeBlock language="json" title="request body">
          {JSON.stringify(delivered(name, example), null, 2)}
        </CodeBlock>
      );
    default: {
      const unknownPart: never = part;
      throw new Error(`<WebhookEvent part="${String(unknownPart)}"/>: the parts are fields and example`);
    }
  }
}

const groupTitles: Record<(typeof webhookEventGroups)[number], string> = {
  message_events: 'Messages',
  contact_events: 'Contacts',
  agent_events: 'Agents',
  conversation_events: 'Conversations',
  team_events: 'Teams',
};

/** Every event, by group, linked to its page, with when it is sent. */
export function WebhookEventList(): React.JSX.Element {
  return (
    <table className="field-table">
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">About</th>
          <th scope="col">Sent when</th>
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
            <td>{groupTitles[webhookEvents[name].group]}</td>
            <td>{webhookEvents[name].summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
