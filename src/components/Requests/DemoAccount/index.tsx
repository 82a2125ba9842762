import React from 'react';
import { allRequests } from '@site/src/requests';
import { lastWroteAt } from '@site/src/requests/contacts_api/conversation';
import { demoContacts, type Contact } from '@site/src/requests/contacts_api/objects';
import { demoAccount } from '@site/src/requests/demo-account';
import { demoMessages, lastReplyHoursAgo, messagingChannel, replyWindowHours, sandboxDelivery } from '@site/src/requests/messages_api/objects';
import { demoTemplates } from '@site/src/requests/template_messages_api/objects';

const sourceNames = { whatsapp: 'WhatsApp', facebook: 'Messenger', instagram: 'Instagram', telegram: 'Telegram' } as const;

/** `a`, `a and b`, `a, b and c`, each item rendered by `render`. */
function joined<T>(items: readonly T[], key: (item: T) => string, render: (item: T) => React.ReactNode) {
  return items.map((item, index) => (
    <React.Fragment key={key(item)}>
      {index > 0 && (index === items.length - 1 ? ' and ' : ', ')}
      {render(item)}
    </React.Fragment>
  ));
}

const codes = (items: readonly string[]) => joined(items, (item) => item, (item) => <code>{item}</code>);
const names = (items: readonly string[]) => joined(items, (item) => item, (item) => <strong>{item}</strong>);
const hours = (count: number) => `${count} ${count === 1 ? 'hour' : 'hours'}`;

/** What a fresh sandbox holds, read from the registry's demo account (the sandbox seeds the same). */
export default function DemoAccount(): React.JSX.Element {
  return (
    <ul>
      <li>
        {demoContacts.length} contacts:{' '}
        {joined(demoContacts, (contact) => contact.uuid, (contact) => (
          <>
            <strong>{contact.name}</strong> (<code>{contact.uuid}</code>, phone <code>{contact.phoneNumber}</code>, {sourceNames[contact.source]})
          </>
        ))}
        ;
      </li>
      <li>the tags {codes(demoAccount.tags)};</li>
      <li>
        the custom fields{' '}
        {joined(demoAccount.customFields, (field) => field.name, (field) => (
          <>
            <code>{field.name}</code> ({field.type}
            {'options' in field && <>: {codes(field.options)}</>})
          </>
        ))}
        ;
      </li>
      <li>
        the team <strong>{demoAccount.team.name}</strong> (<code>{demoAccount.team.uuid}</code>), the user <code>{demoAccount.user}</code> and the{' '}
        {sourceNames[messagingChannel.source]} channel <ChannelUuid />.
      </li>
    </ul>
  );
}

/** The demo account's one channel, inline. */
export function ChannelUuid(): React.JSX.Element {
  return <code>{messagingChannel.uuid}</code>;
}

/** The requests whose documented examples name a message, as `GET /messages/status/:uuid`. */
function examplesNaming(uuid: string): string[] {
  return allRequests()
    .filter(({ spec }) => Object.values(spec.examples).some((example) => example.path.uuid === uuid))
    .map(({ spec }) => `${spec.method} ${spec.path}`);
}

function lastWrote(contact: Contact): string {
  const ago = lastReplyHoursAgo[contact.uuid];
  const at = lastWroteAt[contact.uuid];
  if (at !== undefined) return `last wrote at ${at}: outside the ${replyWindowHours}-hour window`;
  if (ago === undefined) return 'has never written';
  return `last wrote ${hours(ago)} before the demo data was created (or reset): ${ago < replyWindowHours ? 'inside' : 'outside'} the ${replyWindowHours}-hour window`;
}

/** What a fresh sandbox holds for sending messages, read from the registry's demo data. */
export function DemoMessaging(): React.JSX.Element {
  const onChannel = demoContacts.filter((contact) => contact.source === messagingChannel.source);
  const recipient = (phoneNumber: string) => onChannel.find((contact) => contact.phoneNumber === phoneNumber)?.name ?? phoneNumber;
  const approved = demoTemplates.filter((template) => template.status === 'approved');
  return (
    <ul>
      <li>
        the channel kind <code>{messagingChannel.source}</code> (the <code>from</code> of a message), with the channel <ChannelUuid />;
      </li>
      <li>
        {approved.length === 1 ? 'the approved template ' : 'the approved templates '}
        {joined(approved, (template) => template.uuid, (template) => (
          <>
            <strong>{template.title}</strong> (<code>{template.uuid}</code>): “{template.text}”
          </>
        ))}
        ;
      </li>
      {onChannel.map((contact) => (
        <li key={contact.uuid}>
          <strong>{contact.name}</strong> (<code>{contact.phoneNumber}</code>) {lastWrote(contact)};
        </li>
      ))}
      <li>
        {demoMessages.length} messages to {names([...new Set(demoMessages.map((message) => recipient(message.to)))])}:{' '}
        {joined(demoMessages, (message) => message.uuid, (message) => {
          const namedBy = examplesNaming(message.uuid);
          return (
            <>
              <code>{message.uuid}</code>
              {namedBy.length > 0 && <> (used by the example of {codes(namedBy)})</>}
            </>
          );
        })}
        . They stay <code>{sandboxDelivery.timeline[0]}</code>.
      </li>
    </ul>
  );
}

/** How a message the sandbox accepts moves through its statuses. */
export function StatusTimeline(): React.JSX.Element {
  return (
    <p>
      {sandboxDelivery.timeline.map((status, index) => (
        <React.Fragment key={status}>
          {index > 0 && ' → '}
          <code>{status}</code>
        </React.Fragment>
      ))}
      : one step every {sandboxDelivery.stepSeconds} seconds from the moment it was sent, then it stays <code>{sandboxDelivery.timeline.at(-1)}</code>.
    </p>
  );
}
