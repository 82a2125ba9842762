/**
 * Records as the sandbox kept them before the Channels, Users and Templates APIs, and what each
 * is now. Then the account could only hold the demo account's channels, user and template, which
 * nothing could change: each becomes that demo record as it is now. Each store does this once,
 * in its upgrade step (a data file's version, a session's shape); nothing else reads them.
 */
import { demoChannels, type Channel } from '../../src/requests/channels_api/objects';
import type { Source } from '../../src/requests/contacts_api/objects';
import { demoUsers, type User } from '../../src/requests/teams_api/objects';
import { demoTemplates, type Template } from '../../src/requests/template_messages_api/objects';

export interface EarlierChannel {
  uuid: string;
  source: Source;
}

/** Kept by email, as users still are. */
export interface EarlierUser {
  email: string;
}

export interface EarlierTemplate {
  uuid: string;
  name: string;
  text: string;
}

const upgrades = {
  channel: (record: Channel | EarlierChannel): Channel | null => ('type' in record ? record : (demoChannels.find((demo) => demo.uuid === record.uuid) ?? null)),
  user: (record: User | EarlierUser): User | null => ('uuid' in record ? record : (demoUsers.find((demo) => demo.email === record.email) ?? null)),
  template: (record: Template | EarlierTemplate): Template | null => ('title' in record ? record : (demoTemplates.find((demo) => demo.uuid === record.uuid) ?? null)),
};

/** The kinds of record that earlier versions kept in another shape. */
export type UpgradedKind = keyof typeof upgrades;
export const upgradedKinds = Object.keys(upgrades) as UpgradedKind[];

/**
 * A record of `kind` as kept by any version, as it is kept now: one of the current shape as it is,
 * an earlier one as the demo record of its id; `null` when no demo record has that id (nothing
 * could ever show it: the store drops it).
 */
export function currentRecord<K extends UpgradedKind>(kind: K, record: Parameters<(typeof upgrades)[K]>[0]): ReturnType<(typeof upgrades)[K]> {
  return (upgrades[kind] as (earlier: typeof record) => ReturnType<(typeof upgrades)[K]>)(record);
}
