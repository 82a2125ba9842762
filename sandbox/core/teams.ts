/**
 * The Teams API's rules, the same over any store: the account's teams, listed a page at a time,
 * read and renamed, and a team's members (the users of the account in it), a page at a time,
 * available or away. An unknown team is a 404; a blank name a 422. Renaming a team renames it
 * on its contacts too (they name their team by uuid).
 */
import type { Team } from '../../src/requests/contacts_api/objects';
import type { PageMeta } from '../../src/requests/pagination';
import { membersOf, type TeamMember } from '../../src/requests/teams_api/objects';
import { ApiError } from './errors';
import { renameRecord } from './names';
import { onePage } from './paging';
import type { Store } from './store';
import { accountUsers, asTeamMember } from './users';

/** One page of the account's teams, oldest first. */
export function listTeams(store: Store, page?: number): { teams: Team[]; meta: PageMeta } {
  const { items, meta } = onePage(store.records('team').list(), page);
  return { teams: items, meta };
}

export function getTeam(store: Store, uuid: string): Team {
  const found = store.records('team').get(uuid);
  if (!found) throw new ApiError(404, `No team with uuid "${uuid}"`, [{ field: 'path.uuid', message: 'No such team' }]);
  return found;
}

export interface MemberFilter {
  page?: number;
  status?: 'available' | 'away';
}

export function teamMembers(store: Store, uuid: string, { page, status }: MemberFilter): { users: TeamMember[]; meta: PageMeta } {
  const team = getTeam(store, uuid);
  const chosen = membersOf(team.uuid, accountUsers(store)).filter((user) => status === undefined || user.available === (status === 'available'));
  const { items, meta } = onePage(chosen, page);
  return { users: items.map((user) => asTeamMember(store, user)), meta };
}

/** Gives the team a new name, when one is sent; nothing else of it changes. */
export function renameTeam(store: Store, uuid: string, name: string | undefined): Team {
  return renameRecord(store, 'team', uuid, () => getTeam(store, uuid), 'name', name, 'a team needs a name');
}
