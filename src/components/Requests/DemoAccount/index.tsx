import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { allRequests } from '@site/src/requests';
import { lastWroteAt } from '@site/src/requests/contacts_api/conversation';
import { demoContacts, type Contact } from '@site/src/requests/contacts_api/objects';
import { demoAccount } from '@site/src/requests/demo-account';
import { demoMessages, lastReplyHoursAgo, messagingChannel, replyWindowHours, sandboxDelivery } from '@site/src/requests/messages_api/objects';
import { demoTemplates } from '@site/src/requests/template_messages_api/objects';

const sourceNames = { whatsapp: 'WhatsApp', facebook: 'Messenger', instagram: 'Instagram', telegram: 'Telegram' } as const;

/** `a`, `a and b`, `a, b and c`, each item rendered by `render`. */
function joined<T>(items: readonly T[], key: (item: T) => string, render: (item: T) => React.ReactNode): React.ReactNode {
  const each = items.map((item) => <React.Fragment key={key(item)}>{render(item)}</React.Fragment>);
  // One item is the list itself; as a bare array, an interpolated value would show as "[object Object]".
  if (each.length <= 1) return <>{each}</>;
  const first = each.slice(0, -1).map((item, index) => (
    <React.Fragment key={index}>
      {index > 0 && ', '}
      {item}
    </React.Fragment>
  ));
  return (
    <Translate
      id="callbell.demoAccount.andList"
      description="Demo account's lists (contacts, tags, fields…): the last item joined to the others; {items} are all but the last, separated by commas, {last} the last"
      values={{ items: <>{first}</>, last: each.at(-1)! }}
    >
      {'{items} and {last}'}
    </Translate>
  );
}

const codes = (items: readonly string[]) => joined(items, (item) => item, (item) => <code>{item}</code>);
const names = (items: readonly string[]) => joined(items, (item) => item, (item) => <strong>{item}</strong>);

/** What a fresh sandbox holds, read from the registry's demo account (the sandbox seeds the same). */
export default function DemoAccount(): React.JSX.Element {
  return (
    <ul>
      <li>
        <Translate
          id="callbell.demoAccount.contacts"
          description="Demo account: its contacts; {count} is how many, {contacts} the list of them"
          values={{
            count: demoContacts.length,
            contacts: joined(demoContacts, (contact) => contact.uuid, (contact) => (
              <Translate
                id="callbell.demoAccount.contact"
                description="Demo account: one contact; {name} is their name, {uuid} their id, {phone} their phone number, {channel} the channel they write from (WhatsApp)"
                values={{ name: <strong>{contact.name}</strong>, uuid: <code>{contact.uuid}</code>, phone: <code>{contact.phoneNumber}</code>, channel: sourceNames[contact.source] }}
              >
                {'{name} ({uuid}, phone {phone}, {channel})'}
              </Translate>
            )),
          }}
        >
          {'{count} contacts: {contacts};'}
        </Translate>
      </li>
      <li>
        <Translate id="callbell.demoAccount.tags" description="Demo account: its tags; {tags} is the list of them, as code" values={{ tags: codes(demoAccount.tags) }}>
          {'the tags {tags};'}
        </Translate>
      </li>
      <li>
        <Translate
          id="callbell.demoAccount.customFields"
          description="Demo account: its custom fields; {fields} is the list of them, each a name and its type (code)"
          values={{
            fields: joined(demoAccount.customFields, (field) => field.name, (field) => (
              <>
                <code>{field.name}</code> ({field.type}
                {'options' in field && <>: {codes(field.options)}</>})
              </>
            )),
          }}
        >
          {'the custom fields {fields};'}
        </Translate>
      </li>
      <li>
        <Translate
          id="callbell.demoAccount.teamUserChannel"
          description="Demo account: its team, user and channel; {team} is the team's name, {teamUuid} its id, {user} the user's email, {source} the channel's kind (WhatsApp), {channel} its id"
          values={{
            team: <strong>{demoAccount.team.name}</strong>,
            teamUuid: <code>{demoAccount.team.uuid}</code>,
            user: <code>{demoAccount.user}</code>,
            source: sourceNames[messagingChannel.source],
            channel: <ChannelUuid />,
          }}
        >
          {'the team {team} ({teamUuid}), the user {user} and the {source} channel {channel}.'}
        </Translate>
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

/** When a contact last wrote, and so whether a free-form message may reach them. */
function useLastWrote(): (contact: Contact) => string {
  const { selectMessage } = usePluralForm();
  return (contact) => {
    const ago = lastReplyHoursAgo[contact.uuid];
    const at = lastWroteAt[contact.uuid];
    const window = replyWindowHours;
    if (at !== undefined) {
      return translate(
        { id: 'callbell.demoAccount.lastWroteAt', message: 'last wrote at {at}: outside the {window}-hour window', description: 'Demo account, a contact: when they last wrote; {at} is a date and time, {window} a number of hours (24)' },
        { at, window },
      );
    }
    if (ago === undefined) return translate({ id: 'callbell.demoAccount.neverWrote', message: 'has never written', description: 'Demo account, a contact who never wrote' });
    return selectMessage(
      ago,
      ago < window
        ? translate(
            {
              id: 'callbell.demoAccount.lastWroteInside',
              message: 'last wrote {hours} hour before the demo data was created (or reset): inside the {window}-hour window|last wrote {hours} hours before the demo data was created (or reset): inside the {window}-hour window',
              description: "Demo account, a contact: how long before the demo data they last wrote; {hours} and {window} are numbers of hours. Plural forms (of {hours}) separated by |, as Docusaurus's usePluralForm reads them",
            },
            { hours: ago, window },
          )
        : translate(
            {
              id: 'callbell.demoAccount.lastWroteOutside',
              message: 'last wrote {hours} hour before the demo data was created (or reset): outside the {window}-hour window|last wrote {hours} hours before the demo data was created (or reset): outside the {window}-hour window',
              description: "Demo account, a contact: how long before the demo data they last wrote; {hours} and {window} are numbers of hours. Plural forms (of {hours}) separated by |, as Docusaurus's usePluralForm reads them",
            },
            { hours: ago, window },
          ),
    );
  };
}

/** What a fresh sandbox holds for sending messages, read from the registry's demo data. */
export function DemoMessaging(): React.JSX.Element {
  const onChannel = demoContacts.filter((contact) => contact.source === messagingChannel.source);
  const recipient = (phoneNumber: string) => onChannel.find((contact) => contact.phoneNumber === phoneNumber)?.name ?? phoneNumber;
  const approved = demoTemplates.filter((template) => template.status === 'approved');
  const lastWrote = useLastWrote();
  const templates = joined(approved, (template) => template.uuid, (template) => (
    <>
      <strong>{template.title}</strong> (<code>{template.uuid}</code>): “{template.text}”
    </>
  ));
  const messages = joined(demoMessages, (message) => message.uuid, (message) => {
    const namedBy = examplesNaming(message.uuid);
    return (
      <>
        <code>{message.uuid}</code>
        {namedBy.length > 0 && (
          <>
            {' '}
            <Translate id="callbell.demoAccount.usedBy" description="Demo account, a message: the requests whose examples name it; {requests} is their list, as code" values={{ requests: codes(namedBy) }}>
              {'(used by the example of {requests})'}
            </Translate>
          </>
        )}
      </>
    );
  });
  return (
    <ul>
      <li>
        <Translate
          id="callbell.demoAccount.channelKind"
          description="Demo account, for sending messages: its channel; {source} is the channel kind (whatsapp), {from} the parameter name from (code), {channel} the channel's id"
          values={{ source: <code>{messagingChannel.source}</code>, from: <code>from</code>, channel: <ChannelUuid /> }}
        >
          {'the channel kind {source} (the {from} of a message), with the channel {channel};'}
        </Translate>
      </li>
      <li>
        {approved.length === 1 ? (
          <Translate id="callbell.demoAccount.approvedTemplate" description="Demo account: its one approved template; {templates} is its title, id and text" values={{ templates }}>
            {'the approved template {templates};'}
          </Translate>
        ) : (
          <Translate id="callbell.demoAccount.approvedTemplates" description="Demo account: its approved templates; {templates} is the list of them, each a title, id and text" values={{ templates }}>
            {'the approved templates {templates};'}
          </Translate>
        )}
      </li>
      {onChannel.map((contact) => (
        <li key={contact.uuid}>
          <Translate
            id="callbell.demoAccount.recipient"
            description="Demo account, a contact messages can go to; {name} is their name, {phone} their number, {lastWrote} when they last wrote"
            values={{ name: <strong>{contact.name}</strong>, phone: <code>{contact.phoneNumber}</code>, lastWrote: lastWrote(contact) }}
          >
            {'{name} ({phone}) {lastWrote};'}
          </Translate>
        </li>
      ))}
      <li>
        <Translate
          id="callbell.demoAccount.messages"
          description="Demo account: its messages; {count} is how many, {recipients} whom they went to, {messages} their ids, {status} the status they keep (code)"
          values={{
            count: demoMessages.length,
            recipients: names([...new Set(demoMessages.map((message) => recipient(message.to)))]),
            messages,
            status: <code>{sandboxDelivery.timeline[0]}</code>,
          }}
        >
          {'{count} messages to {recipients}: {messages}. They stay {status}.'}
        </Translate>
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
      <Translate
        id="callbell.demoAccount.timeline"
        description="Sandbox page, after a message's statuses (queued → sent → …): how fast it moves; {seconds} is a number of seconds, {status} the last status (code)"
        values={{ seconds: sandboxDelivery.stepSeconds, status: <code>{sandboxDelivery.timeline.at(-1)}</code> }}
      >
        {': one step every {seconds} seconds from the moment it was sent, then it stays {status}.'}
      </Translate>
    </p>
  );
}
