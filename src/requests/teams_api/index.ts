/** The Teams API: list the account's teams, read one and its members, rename one. */
import { defineRequest } from '../define';
import { pageMetaSchema, pageParam } from '../pagination';
import type { JsonSchema } from '../schema';
import type { EndpointGroup } from '../types';
import { teamSchema } from '../contacts_api/objects';
import { demoCustomStatuses } from '../custom_status_api/objects';
import { demoTeams, demoUsers, generalTeam, membersOf, teamMember, teamMemberSchema, type User } from './objects';
import { documentedError, invalidParameters, notFound } from '../errors';

const noSuchTeam = notFound('team', 'uuid', 'No such team');

const teamUuid = {
  uuid: { type: 'string', required: true, description: 'The identifier of the team.' },
} as const;

const oneTeam = (description: string): JsonSchema => ({
  type: 'object',
  description,
  properties: { team: teamSchema },
  required: ['team'],
  additionalProperties: false,
});

const firstOfOne = { page: 1, pages: 1 };

const get_teams = defineRequest({
  method: 'GET',
  path: '/teams',
  errors: [
    invalidParameters({ query: { page: '0' } }, [{ field: 'query.page', message: 'must be 1 or more' }]),
  ],
  summary: 'Lists the teams of the account, oldest first, one page at a time.',
  params: { path: {}, query: { page: pageParam }, body: null },
  examples: { all: { summary: 'The first page of teams', path: {}, query: {} } },
  response: {
    status: 200,
    description: 'One page of teams, and where it stands among all of them.',
    schema: {
      type: 'object',
      properties: {
        teams: { type: 'array', items: teamSchema, description: 'The teams of this page, oldest first.' },
        meta: pageMetaSchema,
      },
      required: ['teams', 'meta'],
      additionalProperties: false,
    },
    example: { teams: demoTeams, meta: firstOfOne },
  },
});

const get_team = defineRequest({
  method: 'GET',
  path: '/teams/:uuid',
  errors: [
    noSuchTeam,
    invalidParameters({ query: { expand: 'members' } }, [{ field: 'query.expand', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Retrieves one team by its identifier.',
  params: { path: teamUuid, query: {}, body: null },
  examples: { general: { summary: 'The General team, by uuid', path: { uuid: generalTeam.uuid }, query: {} } },
  response: { status: 200, description: 'The team.', schema: oneTeam('The team.'), example: { team: generalTeam } },
});

/** A demo user as a member, with the custom status they set. */
const asMember = (user: User) => teamMember(user, demoCustomStatuses.find((status) => status.id === user.customStatus?.id) ?? null);

const get_team_members = defineRequest({
  since: '2024-02-20',
  method: 'GET',
  path: '/teams/:uuid/members',
  errors: [
    noSuchTeam,
    invalidParameters({ query: { status: 'busy' } }, [{ field: 'query.status', message: 'must be one of: available, away' }]),
  ],
  summary: 'Lists the members of a team, one page at a time, optionally only the available (or away) ones.',
  params: {
    path: teamUuid,
    query: {
      page: pageParam,
      status: { type: 'string', enum: ['available', 'away'], description: 'Only the members who are available, or only those who are away.' },
    },
    body: null,
  },
  examples: { general: { summary: 'The members of the General team', path: { uuid: generalTeam.uuid }, query: {} } },
  response: {
    status: 200,
    description: 'One page of the team\'s members, and where it stands among all of them.',
    schema: {
      type: 'object',
      properties: {
        users: { type: 'array', items: teamMemberSchema, description: 'The members of this page, in the order they joined the account.' },
        meta: pageMetaSchema,
      },
      required: ['users', 'meta'],
      additionalProperties: false,
    },
    example: { users: membersOf(generalTeam.uuid, demoUsers).map(asMember), meta: firstOfOne },
  },
});

const patch_team = defineRequest({
  method: 'PATCH',
  path: '/teams/:uuid',
  errors: [
    noSuchTeam,
    invalidParameters({ body: { name: 7 } }, [{ field: 'body.name', message: 'must be a string' }]),
    documentedError(422, 'The new name is blank (only spaces).', { body: { name: ' ' } }, 'body.name is blank; a team needs a name', [
      { field: 'body.name', message: 'is blank; a team needs a name' },
    ]),
  ],
  summary: 'Renames a team; its members and everything else stay as they are.',
  params: {
    path: teamUuid,
    query: {},
    body: {
      fields: {
        name: { type: 'string', notBlank: true, description: 'The new name of the team; it cannot be blank.' },
      },
    },
  },
  examples: {
    new_name: { summary: 'The General team, renamed "New team name"', path: { uuid: generalTeam.uuid }, query: {}, body: { name: 'New team name' } },
  },
  response: {
    status: 200,
    description: 'The team, as it is now.',
    schema: oneTeam('The team, as it is now.'),
    example: { team: { ...generalTeam, name: 'New team name' } },
  },
});

export const teamsApi = {
  title: 'Teams API',
  since: '2023-11-07',
  description: "The account's teams: list them, read one and its members, rename one.",
  requests: { get_teams, get_team, get_team_members, patch_team },
} as const satisfies EndpointGroup;
