/** The Plan API: the account's plan, how many of its seats are taken, and its teams. */
import { defineRequest } from '../define';
import { teamSchema } from '../contacts_api/objects';
import { demoTeams, demoUsers } from '../teams_api/objects';
import type { EndpointGroup } from '../types';
import { demoPlan } from './objects';
import { invalidParameters } from '../errors';

const get_plan = defineRequest({
  method: 'GET',
  path: '/plan',
  errors: [
    invalidParameters({ query: { expand: 'usage' } }, [{ field: 'query.expand', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Reads the plan of the account: its name, what it includes, how many users are active, and the teams.',
  params: { path: {}, query: {}, body: null },
  examples: { current: { summary: 'The plan of the account', path: {}, query: {} } },
  response: {
    status: 200,
    description: 'The plan of the account.',
    schema: {
      type: 'object',
      description: 'The plan of the account.',
      properties: {
        plan: { type: 'string', description: 'The name of the plan, such as `business_plus`.' },
        includedChannels: { type: 'integer', minimum: 0, description: 'How many channels the plan includes.' },
        licenses: { type: 'integer', minimum: 0, description: 'How many users (team member seats) the plan includes.' },
        activeUsers: { type: 'integer', minimum: 0, description: 'How many users of the account are active, that is, have confirmed their invitation.' },
        teams: { type: 'array', items: teamSchema, description: 'The teams of the account, each with how many members it has.' },
      },
      required: ['plan', 'includedChannels', 'licenses', 'activeUsers', 'teams'],
      additionalProperties: false,
    },
    example: { ...demoPlan, activeUsers: demoUsers.length, teams: demoTeams },
  },
});

export const planApi = {
  title: 'Plan API',
  since: '2026-02-10',
  description: "The account's plan: how many seats it has, how many are taken, and its teams.",
  requests: { get_plan },
} as const satisfies EndpointGroup;
