/**
 * The demo account a fresh sandbox holds, made of the registry's demo data so that every
 * documented example runs on it as published. Times relative to now (when each contact last
 * wrote) are fixed when the account is created or reset. Both stores are filled from this.
 */
import { demoAccount, demoContacts, type Contact } from '../../src/requests/contacts_api/objects';
import { demoMessages, demoTemplates, lastReplyHoursAgo, messagingChannel } from '../../src/requests/messages_api/objects';
import { groupSeeds } from './groups';
import { isoTime, type SeedRecords, type StoredMessage } from './store';

export interface Seed {
  /** Oldest first. */
  contacts: Contact[];
  /** Contact uuid → when the contact last wrote (ISO time). */
  lastWrote: Record<string, string>;
  messages: StoredMessage[];
  /** Teams, users, channels, templates… and every group's own records. */
  records: SeedRecords;
}

const HOUR = 3_600_000;

export function demoSeed(now: number): Seed {
  const recipient = (phoneNumber: string) => demoContacts.find((contact) => contact.source === messagingChannel.source && contact.phoneNumber === phoneNumber)!;
  return structuredClone<Seed>({
    contacts: [...demoContacts],
    records: {
      team: [[demoAccount.team.uuid, demoAccount.team]],
      user: [[demoAccount.user, { email: demoAccount.user }]],
      tag: demoAccount.tags.map((name) => [name, { name }]),
      customField: demoAccount.customFields.map((name) => [name, { name }]),
      channel: [[messagingChannel.uuid, { ...messagingChannel }]],
      template: demoTemplates.map((template) => [template.uuid, template]),
      ...groupSeeds(now),
    },
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
