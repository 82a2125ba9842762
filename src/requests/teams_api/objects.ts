/**
 * The account's people and teams: the users of the demo account (who they are, whether they
 * are available, their custom status, their teams), its teams, and a user as the Teams API
 * shows a team's member (TeamMember, with its UserCustomStatus).
 */
import type { JsonSchema } from '../schema';
import { type Team } from '../contacts_api/objects';
import { demoAccount } from '../demo-account';
import { vacationing, type CustomStatus } from '../custom_status_api/objects';

/**
 * A user of the account, as the sandbox keeps one: what the Teams API shows of them as a team
 * member, and what the Users API answers about their status. The API shows no user object of
 * its own: a user is named by `uuid` in the Users API and by email elsewhere.
 */
export interface User {
  uuid: string;
  email: string;
  name: string;
  /** `true`: available; `false`: away (the user's appearance). */
  available: boolean;
  /** When `available` last changed: ISO 8601 with milliseconds and an offset, as the Users API writes it. */
  availableSince: string;
  /** The custom status the user shows and when they set it (same style); `null`: none. */
  customStatus: { id: string; setAt: string } | null;
  /** The uuids of the teams the user belongs to. */
  teams: string[];
}

/** `2024-11-26T20:14:40.649+01:00` → `2024-11-26T19:14:40Z`: a time as the Teams API writes it. */
export function utcSeconds(time: string): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const userCustomStatusSchema: JsonSchema = {
  since: '2025-02-05',
  type: 'object',
  description: 'The custom status a user shows, and since when; a member who shows none has no `userCustomStatus`.',
  properties: {
    id: { type: 'string', description: 'The identifier of the custom status (see the Custom Status API).' },
    name: { type: 'string', description: 'The name of the custom status.' },
    emoji: { type: 'string', description: 'The emoji of the custom status.' },
    updatedAt: { type: 'string', format: 'date-time', description: 'When the user set this status (ISO 8601).' },
  },
  required: ['id', 'name', 'emoji', 'updatedAt'],
  additionalProperties: false,
};

export const teamMemberSchema: JsonSchema = {
  type: 'object',
  description: 'A user of the account as a member of a team: who they are and whether they are available.',
  properties: {
    email: { type: 'string', format: 'email', description: 'The email address of the user.' },
    name: { type: 'string', description: 'The name of the user.' },
    available: { type: 'boolean', description: '`true` when the user is available, `false` when they are away.' },
    lastUpdatedAt: { type: 'string', format: 'date-time', description: 'When `available` last changed (ISO 8601).' },
    userCustomStatus: userCustomStatusSchema,
  },
  required: ['email', 'name', 'available', 'lastUpdatedAt'],
  additionalProperties: false,
};

export interface UserCustomStatus {
  id: string;
  name: string;
  emoji: string;
  updatedAt: string;
}

export interface TeamMember {
  email: string;
  name: string;
  available: boolean;
  lastUpdatedAt: string;
  userCustomStatus?: UserCustomStatus;
}

/** The custom status a user shows, given the status they set (`null` when it no longer exists). */
export function userCustomStatus(user: User, status: CustomStatus | null): UserCustomStatus | undefined {
  if (!user.customStatus || !status) return undefined;
  return { id: status.id, name: status.name, emoji: status.emoji, updatedAt: utcSeconds(user.customStatus.setAt) };
}

/** A user as a member of a team, with the custom status they set (`null` when none or gone). */
export function teamMember(user: User, status: CustomStatus | null): TeamMember {
  const shown = userCustomStatus(user, status);
  return {
    email: user.email,
    name: user.name,
    available: user.available,
    lastUpdatedAt: utcSeconds(user.availableSince),
    ...(shown ? { userCustomStatus: shown } : {}),
  };
}

/** The members of a team, in the order the users joined the account. */
export function membersOf(teamUuid: string, users: readonly User[]): User[] {
  return users.filter((user) => user.teams.includes(teamUuid));
}

/** The demo account's teams: its default team (every contact's), and Support. */
export const generalTeam: Team = demoAccount.team;

export const supportTeam: Team = {
  uuid: '47aad5f9b4ca423c9d630f06ab93fe1f',
  name: 'Support',
  createdAt: '2020-11-13T21:10:33Z',
  default: false,
  members: 1,
};

export const demoTeams: readonly Team[] = [generalTeam, supportTeam];

/** The users of the demo account. John One and John Two are the members the Teams API's example lists. */
export const johnOne: User = {
  uuid: '9b1c3e5a7d0f4b2c8e6a1d3f5b7c9e0a',
  email: 'john1@gmail.com',
  name: 'John One',
  available: true,
  availableSince: '2024-07-17T18:54:49.000Z',
  customStatus: null,
  teams: [generalTeam.uuid],
};

export const johnTwo: User = {
  uuid: '2e4a6c8b0d1f4e3a9c5b7d9f1a3c5e7b',
  email: 'john2@gmail.com',
  name: 'John Two',
  available: true,
  availableSince: '2024-07-17T18:54:49.000Z',
  customStatus: { id: vacationing.id, setAt: '2025-02-04T20:21:31.000Z' },
  teams: [generalTeam.uuid],
};

/**
 * The user of the Users API's examples (its uuid is theirs): away and on vacation already, as
 * the PUT example leaves him, so that example answers as documented.
 */
export const johnDoeUser: User = {
  uuid: '414a6d692bd645ed803f2e7ce360d4c8',
  email: 'john.doe@gmail.com',
  name: 'John Doe',
  available: false,
  availableSince: '2024-11-26T20:14:40.649+01:00',
  customStatus: { id: vacationing.id, setAt: '2024-11-22T21:29:43.311+01:00' },
  teams: [supportTeam.uuid],
};

/** The collaborator contacts are assigned to in the Contacts API's examples; in no team. */
export const demoAgent: User = {
  uuid: '5c7e9a1b3d5f4a6c8e0b2d4f6a8c0e2b',
  email: demoAccount.user,
  name: 'Demo Agent',
  available: true,
  availableSince: '2024-06-03T08:00:00.000Z',
  customStatus: null,
  teams: [],
};

export const demoUsers: readonly User[] = [johnOne, johnTwo, johnDoeUser, demoAgent];
