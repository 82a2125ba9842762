/** The Plan API in the sandbox, over both stores: users and teams are counted as the account has them when asked. */
import { describe, expect, it } from 'vitest';
import { getRequest } from '../../src/requests';
import { demoPlan } from '../../src/requests/plan_api/objects';
import type { Team } from '../../src/requests/contacts_api/objects';
import { demoAgent, supportTeam } from '../../src/requests/teams_api/objects';
import { jsonInit, sandbox as sandboxOver, stores } from '../../tests/support/sandbox';
import { send } from '../../tests/support/sandbox-client';

const documented = getRequest('plan_api', 'get_plan').response.example;

describe.each(stores)('the plan over the $name store', ({ open }) => {
  const sandbox = () => sandboxOver({ open });

  it('lists the teams and counts the users the account has now', async () => {
    const { baseUrl, store } = await sandbox();
    const sales: Team = { uuid: '5f1c9e7a3b2d4c6e8a0b1d3f5e7c9a1b', name: 'Sales', createdAt: '2024-01-02T03:04:05Z', default: false, members: 0 };
    store.records('team').put(sales.uuid, sales);
    const newAgent = { ...demoAgent, uuid: '7a9c1e3b5d7f4a6c8e0a2c4e6b8d0f1a', email: 'new.agent@example.com', name: 'New Agent' };
    store.records('user').put(newAgent.email, newAgent);
    const plan = (await send(`${baseUrl}/plan`)).body;
    expect(plan).toEqual({ ...demoPlan, activeUsers: documented.activeUsers + 1, teams: [...documented.teams, sales] });
  });

  it('shows a team as the Teams API left it', async () => {
    const { baseUrl } = await sandbox();
    expect((await send(`${baseUrl}/teams/${supportTeam.uuid}`, jsonInit('PATCH', { name: 'Customer care' }))).status).toBe(200);
    const { teams } = (await send(`${baseUrl}/plan`)).body;
    expect(teams.find((team: Team) => team.uuid === supportTeam.uuid)).toEqual({ ...supportTeam, name: 'Customer care' });
  });

  it('refuses a parameter the request does not take', async () => {
    const { baseUrl } = await sandbox();
    const answer = await send(`${baseUrl}/plan?page=2`);
    expect(answer.status).toBe(422);
    expect(answer.body.error.details).toEqual([{ field: 'query.page', message: expect.stringMatching(/not a parameter/) }]);
  });
});
