/**
 * The Custom Status API in the sandbox, over both stores: a status created, renamed or deleted
 * is so in later reads and for the users who show it; deleting one announces each user who
 * lost it; what is wrong is refused naming its field.
 */
import { describe, expect, it } from 'vitest';
import { backInABit, commuting, demoCustomStatuses, inMeeting, newStatusEmoji, vacationing } from '../../src/requests/custom_status_api/objects';
import { generalTeam, johnDoeUser, johnTwo, supportTeam } from '../../src/requests/teams_api/objects';
import { coreStores, coreSandbox } from '../../tests/support/sandbox-core';
import { expectError } from '../../tests/support/sandbox';
import { isoSeconds, PAGE_SIZE } from './store';

const MINUTE = 60_000;
const names = (answer: { body: { customStatuses: { name: string }[] } }) => answer.body.customStatuses.map((status) => status.name);

describe.each(coreStores)('custom statuses over the $name store', ({ open }) => {
  it('creates a status with a new id, the default emoji and the time of creation, shown by later reads', async () => {
    const { call, clock } = coreSandbox(open);
    const created = await call('POST', '/custom_statuses', { name: 'Lunch' });
    expect(created.status).toBe(200);
    const at = isoSeconds(clock());
    expect(created.body.customStatus).toEqual({ id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/), name: 'Lunch', emoji: newStatusEmoji, createdAt: at, updatedAt: at });
    expect((await call('GET', `/custom_statuses/${created.body.customStatus.id}`)).body.customStatus).toEqual(created.body.customStatus);
    expect(names(await call('GET', '/custom_statuses'))).toEqual([...demoCustomStatuses.map((status) => status.name), 'Lunch']);
  });

  it('pages the list by the store page size; past the last page, none', async () => {
    const { call, store } = coreSandbox(open);
    for (let i = 0; i < PAGE_SIZE; i += 1) store.records('customStatus').put(`extra${i}`, { ...inMeeting, id: `extra${i}`, name: `Extra ${i}` });
    const second = await call('GET', '/custom_statuses?page=2');
    expect(second.body.meta).toEqual({ page: 2, pages: 2 });
    expect(names(second)).toEqual([`Extra ${PAGE_SIZE - 4}`, `Extra ${PAGE_SIZE - 3}`, `Extra ${PAGE_SIZE - 2}`, `Extra ${PAGE_SIZE - 1}`]);
    expect((await call('GET', '/custom_statuses?page=3')).body).toEqual({ customStatuses: [], meta: { page: 3, pages: 2 } });
  });

  it('renames a status, moving updatedAt on; its users show the new name', async () => {
    const { call, clock } = coreSandbox(open);
    clock.advance(5 * MINUTE);
    const renamed = await call('PUT', `/custom_statuses/${vacationing.id}`, { name: 'On holiday' });
    expect(renamed.body.customStatus).toEqual({ ...vacationing, name: 'On holiday', updatedAt: isoSeconds(clock()) });
    expect((await call('GET', `/custom_statuses/${vacationing.id}`)).body.customStatus).toEqual(renamed.body.customStatus);
    const members = (await call('GET', `/teams/${generalTeam.uuid}/members`)).body.users;
    expect(members.find((member: { email: string }) => member.email === johnTwo.email).userCustomStatus).toMatchObject({ id: vacationing.id, name: 'On holiday' });
  });

  it('keeps a status renamed to its own name as it was', async () => {
    const { call, clock } = coreSandbox(open);
    clock.advance(5 * MINUTE);
    expect((await call('PUT', `/custom_statuses/${inMeeting.id}`, { name: inMeeting.name })).body.customStatus).toEqual(inMeeting);
  });

  it('deletes a status: gone from reads, taken from every user who showed it, each of them announced', async () => {
    const { call, events } = coreSandbox(open);
    expect((await call('DELETE', `/custom_statuses/${vacationing.id}`)).body).toEqual({ status: 'custom status was destroyed' });
    expectError(await call('GET', `/custom_statuses/${vacationing.id}`), 404);
    expect(names(await call('GET', '/custom_statuses'))).toEqual([inMeeting.name, backInABit.name, commuting.name]);
    const general = (await call('GET', `/teams/${generalTeam.uuid}/members`)).body.users;
    const support = (await call('GET', `/teams/${supportTeam.uuid}/members`)).body.users;
    for (const member of [...general, ...support]) expect(member).not.toHaveProperty('userCustomStatus');
    expect(events.map(({ event, payload }) => [event, (payload as { email: string }).email])).toEqual([
      ['agent_status_updated', johnTwo.email],
      ['agent_status_updated', johnDoeUser.email],
    ]);
    expect((await call('PUT', `/users/${johnDoeUser.uuid}/status`, {})).body.user_status).not.toHaveProperty('custom_status');
  });

  it('announces nobody when the deleted status was shown by no one', async () => {
    const { call, events } = coreSandbox(open);
    expect((await call('DELETE', `/custom_statuses/${commuting.id}`)).status).toBe(200);
    expect(events).toEqual([]);
  });

  it('refuses a missing or blank name, and a parameter statuses do not have, creating and changing nothing', async () => {
    const { call } = coreSandbox(open);
    expect((await call('POST', '/custom_statuses', {})).body.error.details).toEqual([{ field: 'body.name', message: 'is required' }]);
    const blank = await call('POST', '/custom_statuses', { name: ' ' });
    expectError(blank, 422, /body\.name is blank/);
    expect(blank.body.error.details).toEqual([{ field: 'body.name', message: 'is blank; a custom status needs a name' }]);
    expect((await call('PUT', `/custom_statuses/${inMeeting.id}`, { name: '' })).body.error.details).toEqual([{ field: 'body.name', message: 'is required' }]);
    expect((await call('PUT', `/custom_statuses/${inMeeting.id}`, { name: 'Busy', emoji: '⛔' })).body.error.details).toEqual([
      { field: 'body.emoji', message: 'is not a parameter of this request' },
    ]);
    expect((await call('GET', '/custom_statuses')).body.customStatuses).toEqual(demoCustomStatuses);
  });

  it('404 naming the id for a status the account does not have', async () => {
    const { call } = coreSandbox(open);
    const url = '/custom_statuses/00000000-0000-4000-8000-000000000000';
    for (const answer of [await call('GET', url), await call('PUT', url, { name: 'x' }), await call('DELETE', url)]) {
      expectError(answer, 404, 'No custom status with id "00000000-0000-4000-8000-000000000000"');
      expect(answer.body.error.details).toEqual([{ field: 'path.id', message: 'No such custom status' }]);
    }
  });
});
