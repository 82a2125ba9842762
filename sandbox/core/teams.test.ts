/**
 * The Teams API in the sandbox, over both stores: a new name shows in later reads (the team's
 * contacts included), members are the account's users in the team, filtered and paged, and
 * what is wrong is refused naming its field.
 */
import { describe, expect, it } from 'vitest';
import { johnDoe } from '../../src/requests/contacts_api/objects';
import { demoTeams, demoUsers, generalTeam, johnDoeUser, johnOne, johnTwo, membersOf, supportTeam } from '../../src/requests/teams_api/objects';
import { coreStores, coreSandbox } from '../../tests/support/sandbox-core';
import { expectError } from '../../tests/support/sandbox';
import { PAGE_SIZE } from './store';

const emails = (answer: { body: { users: { email: string }[] } }) => answer.body.users.map((user) => user.email);

describe('the demo teams', () => {
  it('count as members the demo users in them', () => {
    for (const team of demoTeams) expect(team.members, team.name).toBe(membersOf(team.uuid, demoUsers).length);
  });
});

describe.each(coreStores)('teams over the $name store', ({ open }) => {
  it('a new name shows in later reads of the team, of the list and of its contacts; nothing else of it changes', async () => {
    const { call } = coreSandbox(open);
    const renamed = await call('PATCH', `/teams/${generalTeam.uuid}`, { name: 'Sales' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.team).toEqual({ ...generalTeam, name: 'Sales' });
    expect((await call('GET', `/teams/${generalTeam.uuid}`)).body.team).toEqual({ ...generalTeam, name: 'Sales' });
    expect((await call('GET', '/teams')).body).toEqual({ teams: [{ ...generalTeam, name: 'Sales' }, supportTeam], meta: { page: 1, pages: 1 } });
    expect((await call('GET', `/contacts/${johnDoe.uuid}`)).body.contact.team).toEqual({ ...generalTeam, name: 'Sales' });
  });

  it('pages the list of teams by the store page size', async () => {
    const { call, store } = coreSandbox(open);
    for (let i = 0; i < PAGE_SIZE; i += 1) store.records('team').put(`extra${i}`, { ...supportTeam, uuid: `extra${i}`, name: `Extra ${i}` });
    const second = await call('GET', '/teams?page=2');
    expect(second.body.meta).toEqual({ page: 2, pages: 2 });
    expect(second.body.teams.map((team: { name: string }) => team.name)).toEqual([`Extra ${PAGE_SIZE - 2}`, `Extra ${PAGE_SIZE - 1}`]);
  });

  it('a PATCH without a name answers the team as it is', async () => {
    const { call } = coreSandbox(open);
    expect((await call('PATCH', `/teams/${supportTeam.uuid}`, {})).body.team).toEqual(supportTeam);
  });

  it("lists a team's members, only the available or only the away ones", async () => {
    const { call } = coreSandbox(open);
    expect(emails(await call('GET', `/teams/${generalTeam.uuid}/members`))).toEqual([johnOne.email, johnTwo.email]);
    expect(emails(await call('GET', `/teams/${supportTeam.uuid}/members`))).toEqual([johnDoeUser.email]);
    expect(emails(await call('GET', `/teams/${supportTeam.uuid}/members?status=away`))).toEqual([johnDoeUser.email]);
    expect(emails(await call('GET', `/teams/${supportTeam.uuid}/members?status=available`))).toEqual([]);
    await call('PUT', `/users/${johnOne.uuid}/status`, { available: false });
    expect(emails(await call('GET', `/teams/${generalTeam.uuid}/members?status=available`))).toEqual([johnTwo.email]);
  });

  it('pages members by the store page size; past the last page, none', async () => {
    const { call, store } = coreSandbox(open);
    for (let i = 0; i < PAGE_SIZE; i += 1) {
      const email = `agent${i}@example.com`;
      store.records('user').put(email, { ...johnOne, uuid: `agent${i}`, email, name: `Agent ${i}` });
    }
    const second = await call('GET', `/teams/${generalTeam.uuid}/members?page=2`);
    expect(second.body.meta).toEqual({ page: 2, pages: 2 });
    expect(emails(second)).toEqual([`agent${PAGE_SIZE - 2}@example.com`, `agent${PAGE_SIZE - 1}@example.com`]);
    expect((await call('GET', `/teams/${generalTeam.uuid}/members?page=3`)).body).toEqual({ users: [], meta: { page: 3, pages: 2 } });
  });

  it('refuses a blank name, an unknown status filter or parameter, changing nothing', async () => {
    const { call } = coreSandbox(open);
    const url = `/teams/${generalTeam.uuid}`;
    const blank = await call('PATCH', url, { name: '\t ' });
    expectError(blank, 422, /body\.name is blank/);
    expect(blank.body.error.details).toEqual([{ field: 'body.name', message: 'is blank; a team needs a name' }]);
    expect((await call('PATCH', url, { default: false })).body.error.details).toEqual([{ field: 'body.default', message: 'is not a parameter of this request' }]);
    expect((await call('GET', `${url}/members?status=busy`)).body.error.details).toEqual([{ field: 'query.status', message: 'must be one of: available, away' }]);
    expect((await call('GET', url)).body.team).toEqual(generalTeam);
  });

  it('404 naming the uuid for a team the account does not have', async () => {
    const { call } = coreSandbox(open);
    const url = '/teams/ffffffffffffffffffffffffffffffff';
    for (const answer of [await call('GET', url), await call('GET', `${url}/members`), await call('PATCH', url, { name: 'x' })]) {
      expectError(answer, 404, 'No team with uuid "ffffffffffffffffffffffffffffffff"');
      expect(answer.body.error.details).toEqual([{ field: 'path.uuid', message: 'No such team' }]);
    }
  });
});
