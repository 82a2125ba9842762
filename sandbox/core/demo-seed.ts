/**
 * The demo account a fresh sandbox holds, made of the registry's demo data so that every
 * documented example runs on it as published. Times relative to now (when each contact last
 * wrote) are fixed when the account is created or reset. Both stores are filled from this.
 */
import { demoConversation, lastWroteAt } from '../../src/requests/contacts_api/conversation';
import { demoContacts, giuliaBianchi, type Contact } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import { demoMessages, lastReplyHoursAgo, messagingChannel } from '../../src/requests/messages_api/objects';
import { groupSeeds } from './groups';
import { isoTime, type SeedRecords, type StoredMessage } from './store';

export interface Seed {
  /** Oldest first. */
  contacts: Contact[];
  /** Contact uuid → when the contact last wrote (ISO time). */
  lastWrote: Record<string, string>;
  messages: StoredMessage[];
  /** Teams, users, channels… and every group's own records (templates, the plan…). */
  records: SeedRecords;
}

const HOUR = 3_600_000;

/** The demo conversation, as stored: a message without a uuid of its own (a note, one the contact wrote) is keyed by its contact and time. */
function conversationMessages(contact: Contact): StoredMessage[] {
  return demoConversation.map((message) => {
    const createdAt = isoTime(Date.parse(message.createdAt));
    // Long since read: what the account sent went through its whole timeline at once.
    const reached = message.status === 'sent' ? createdAt : null;
    return {
      uuid: message.uuid ?? `${contact.uuid}@${createdAt}`,
      contactUuid: contact.uuid,
      kind: message.status,
      text: message.text,
      channel: message.channel,
      from: message.from,
      to: message.to,
      createdAt,
      sentAt: reached,
      deliveredAt: reached,
      readAt: reached,
      statusPayload: null,
      contentDeleted: false,
    };
  });
}

/** When each demo contact last wrote: some a fixed time before now, others at a fixed time. */
function lastWrote(now: number): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(lastWroteAt).map(([uuid, at]) => [uuid, isoTime(Date.parse(at))])),
    ...Object.fromEntries(Object.entries(lastReplyHoursAgo).map(([uuid, hours]) => [uuid, isoTime(now - hours * HOUR)])),
  };
}

export function demoSeed(now: number): Seed {
  const recipient = (phoneNumber: string) => demoContacts.find((contact) => contact.source === messagingChannel.source && contact.phoneNumber === phoneNumber)!;
  return structuredClone<Seed>({
    contacts: [...demoContacts],
    records: {
      tag: demoAccount.tags.map((name) => [name, { name }]),
      customField: demoAccount.customFields.map((field) => [field.name, field]),
      ...groupSeeds(now),
    },
    lastWrote: lastWrote(now),
    messages: [
      // Created with the account, with no timeline: their status stays `enqueued`.
      ...demoMessages.map(({ uuid, to, text, statusPayload }): StoredMessage => ({
        uuid,
        contactUuid: recipient(to).uuid,
        kind: 'sent',
        text,
        channel: messagingChannel.source,
        from: demoAccount.phoneNumber,
        to,
        createdAt: isoTime(now),
        sentAt: null,
        deliveredAt: null,
        readAt: null,
        statusPayload,
        contentDeleted: false,
      })),
      ...conversationMessages(giuliaBianchi),
    ],
  });
}
