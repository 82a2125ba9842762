/**
 * The demo account a fresh sandbox holds, made of the registry's demo data so that every
 * documented example runs on it as published. Times relative to now (when each contact last
 * wrote) are fixed when the account is created or reset. Both stores are filled from this.
 */
import { demoAccount, demoContacts, type Contact, type Team } from '../../src/requests/contacts_api/objects';
import { demoMessages, demoTemplates, lastReplyHoursAgo, messagingChannel, type Template } from '../../src/requests/messages_api/objects';
import { isoTime, type Channel, type StoredMessage } from './store';

export interface Seed {
  /** Oldest first. */
  contacts: Contact[];
  teams: Team[];
  users: string[];
  tags: string[];
  customFields: string[];
  channels: Channel[];
  templates: Template[];
  /** Contact uuid → when the contact last wrote (ISO time). */
  lastWrote: Record<string, string>;
  messages: StoredMessage[];
}

const HOUR = 3_600_000;

export function demoSeed(now: number): Seed {
  const recipient = (phoneNumber: string) => demoContacts.find((contact) => contact.source === messagingChannel.source && contact.phoneNumber === phoneNumber)!;
  return structuredClone<Seed>({
    contacts: [...demoContacts],
    teams: [demoAccount.team],
    users: [demoAccount.user],
    tags: [...demoAccount.tags],
    customFields: [...demoAccount.customFields],
    channels: [{ ...messagingChannel }],
    templates: [...demoTemplates],
    lastWrote: Object.fromEntries(Object.entries(lastReplyHoursAgo).map(([uuid, hours]) => [uuid, isoTime(now - hours * HOUR)])),
    // Created with the account, with no timeline: their status stays `enqueued`.
    messages: demoMessages.map(({ uuid, to, statusPayload }) => ({
      uuid,
      contactUuid: recipient(to).uuid,
      createdAt: isoTime(now),
      sentAt: null,
      deliveredAt: null,
      readAt: null,
      statusPayload,
      contentDeleted: false,
    })),
  });
}
