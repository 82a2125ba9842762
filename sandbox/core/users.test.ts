/**
 * The Users API in the sandbox, over both stores: a user's availability and custom status set
 * and taken away, shown by later reads (the team's members), each change announced as
 * `agent_status_updated` with the member as payload; a custom status must exist.
 */
import { describe, expect, it } from 'vitest';
import { ajv, expectError } from '../../tests/support/sandbox';
import { coreStores, coreSandbox } from '../../tests/support/sandbox-core';
import { getRequest } from '../../src/requests';
import { inMeeting, vacationing } from '../../src/requests/custom_status_api/objects';
import { generalTeam, johnDoeUser, johnOne, supportTeam, teamMemberSchema } from '../../src/requests/teams_api/objects';
import { isoSeconds, isoTime } from './store';

const put = getRequest('users_api', 'put_user_status');
const HOUR = 3_600_000;
const statusUrl = (uuid: string) => `/users/${uuid}/status`;

describe.each(coreStores)('user statuses over the $name store', ({ open }) => {
  /** The demo account an hour on, and how a team lists its members. */
  const later = () => {
    const sandbox = coreSandbox(open);
    sandbox.clock.advance(HOUR);
    const members = async (teamUuid: string) => (await sandbox.call('GET', `/teams/${teamUuid}/members`)).body.users;
    return { ...sandbox, members };
  };

  it('answers as documented, changing and announcing nothing, when the user already has what is sent', async () => {
    const { call, events } = later();
    const answer = await call('PUT', statusUrl(johnDoeUser.uuid), put.examples.away_vacationing.body);
    expect(answer.body).toEqual(put.response.example);
    expect(events).toEqual([]);
  });

  it('makes a user available now: the answer, the team members and the announced member say so', async () => {
    const { call, clock, events, members } = later();
    const answer = await call('PUT', statusUrl(johnDoeUser.uuid), { available: true });
    expect(answer.status).toBe(200);
    expect(ajv.validate(put.response.schema!, answer.body), ajv.errorsText()).toBe(true);
    expect(answer.body.user_status).toEqual({ ...put.response.example.user_status, appearance: { available: true, last_updated_at: isoTime(clock()) } });
    const [member] = await members(supportTeam.uuid);
    expect(member).toMatchObject({ email: johnDoeUser.email, available: true, lastUpdatedAt: isoSeconds(clock()), userCustomStatus: { id: vacationing.id } });
    expect(events).toEqual([{ event: 'agent_status_updated', payload: member }]);
    expect(ajv.validate(teamMemberSchema, events[0]!.payload), ajv.errorsText()).toBe(true);
  });

  it('sets another custom status, leaving availability as it was', async () => {
    const { call, clock, events, members } = later();
    const answer = await call('PUT', statusUrl(johnOne.uuid), { custom_status_uuid: inMeeting.id });
    expect(answer.body.user_status).toEqual({
      custom_status: { id: inMeeting.id, name: inMeeting.name, last_updated_at: isoTime(clock()) },
      appearance: { available: true, last_updated_at: johnOne.availableSince },
    });
    const [member] = await members(generalTeam.uuid);
    expect(member.userCustomStatus).toEqual({ id: inMeeting.id, name: inMeeting.name, emoji: inMeeting.emoji, updatedAt: isoSeconds(clock()) });
    expect(events.map(({ payload }) => payload)).toEqual([member]);
  });

  it('takes the custom status away with null, and with DELETE; a user without one is left as is', async () => {
    const { call, events, members } = later();
    const cleared = await call('PUT', statusUrl(johnDoeUser.uuid), { custom_status_uuid: null });
    expect(cleared.body).toEqual(put.response.otherExamples.no_custom_status.value);
    expect((await members(supportTeam.uuid))[0]).not.toHaveProperty('userCustomStatus');

    await call('PUT', statusUrl(johnDoeUser.uuid), { custom_status_uuid: vacationing.id });
    const deleted = await call('DELETE', statusUrl(johnDoeUser.uuid));
    expect(deleted).toEqual({ status: 204, body: undefined });
    expect((await members(supportTeam.uuid))[0]).not.toHaveProperty('userCustomStatus');
    expect((await call('DELETE', statusUrl(johnDoeUser.uuid))).status).toBe(204);
    expect((await call('PUT', statusUrl(johnDoeUser.uuid), { custom_status_uuid: null })).body).toEqual(put.response.otherExamples.no_custom_status.value);
    // Three changes (cleared, set, deleted); the second DELETE and the last null found nothing to take.
    expect(events.map(({ payload }) => (payload as { userCustomStatus?: { id: string } }).userCustomStatus?.id ?? null)).toEqual([null, vacationing.id, null]);
  });

  it('refuses a custom status the account does not have and a value of the wrong kind, changing nothing', async () => {
    const { call, events } = later();
    const unknown = await call('PUT', statusUrl(johnOne.uuid), { available: false, custom_status_uuid: '00000000-0000-4000-8000-000000000000' });
    expectError(unknown, 422, /body\.custom_status_uuid is "00000000-0000-4000-8000-000000000000", not a custom status of this account/);
    const wrongKinds = await call('PUT', statusUrl(johnOne.uuid), { available: 'no', custom_status_uuid: 7 });
    expect(wrongKinds.body.error.details).toEqual([
      { field: 'body.available', message: 'must be true or false' },
      { field: 'body.custom_status_uuid', message: 'must be a string or null' },
    ]);
    expect((await call('PUT', statusUrl(johnOne.uuid), {})).body.user_status).toEqual({ appearance: { available: true, last_updated_at: johnOne.availableSince } });
    expect(events).toEqual([]);
  });

  it('404 naming the uuid for a user the account does not have', async () => {
    const { call } = later();
    const url = statusUrl('ffffffffffffffffffffffffffffffff');
    for (const answer of [await call('PUT', url, { available: true }), await call('DELETE', url)]) {
      expectError(answer, 404, 'No user with uuid "ffffffffffffffffffffffffffffffff"');
      expect(answer.body.error.details).toEqual([{ field: 'path.uuid', message: 'No such user in this account' }]);
    }
  });
});
