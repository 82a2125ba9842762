/** The Teams API in the sandbox: each request's handler over the rules of teams.ts. */
import { demoTeams } from '../../../src/requests/teams_api/objects';
import { getTeam, listTeams, renameTeam, teamMembers } from '../teams';
import type { SandboxGroup } from './group';

export const teamsApi: SandboxGroup<'teams_api'> = {
  handlers: {
    get_teams: ({ store }, { query }) => listTeams(store, query.page),
    get_team: ({ store }, { path }) => ({ team: getTeam(store, path.uuid) }),
    get_team_members: ({ store }, { path, query }) => teamMembers(store, path.uuid, query),
    patch_team: ({ store }, { path, body }) => ({ team: renameTeam(store, path.uuid, body?.name) }),
  },
  seed: () => ({ team: demoTeams.map((team) => [team.uuid, team]) }),
};
